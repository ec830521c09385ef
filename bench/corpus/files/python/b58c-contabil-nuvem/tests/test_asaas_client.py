"""Testes do cliente Asaas (sem rede: respostas gravadas com respx)."""
import httpx
import pytest
import respx

from cobranca.asaas import AsaasClient, AsaasError

FAKE_KEY = "$aact_hmlg_000000000000000000000000000000000000000000000000000000000000"
REDACTED_PROD = "$aact_prod_000****************************"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("ASAAS_API_KEY", FAKE_KEY)
    return AsaasClient(base_url="https://api-sandbox.asaas.com/v3")


@respx.mock
def test_cria_cobranca_pix(client):
    rota = respx.post("https://api-sandbox.asaas.com/v3/payments").mock(
        return_value=httpx.Response(200, json={
            "id": "pay_080225913252",
            "customer": "cus_000005219613",
            "billingType": "PIX",
            "value": 129.9,
            "status": "PENDING",
            "invoiceUrl": "https://sandbox.asaas.com/i/080225913252",
        })
    )
    cobranca = client.criar_cobranca(cliente="cus_000005219613", valor=129.9, tipo="PIX", vencimento="2025-11-10")
    assert cobranca["id"] == "pay_080225913252"
    assert rota.calls.last.request.headers["access_token"] == FAKE_KEY


@respx.mock
def test_chave_invalida(client):
    respx.post("https://api-sandbox.asaas.com/v3/payments").mock(
        return_value=httpx.Response(401, json={"errors": [{"code": "invalid_access_token", "description": "A chave de API informada não pertence a este ambiente"}]})
    )
    with pytest.raises(AsaasError, match="invalid_access_token"):
        client.criar_cobranca(cliente="cus_000005219613", valor=10, tipo="BOLETO", vencimento="2025-11-10")


def test_nao_loga_chave(client, caplog):
    client._log_request("GET", "/customers", {"access_token": FAKE_KEY})
    assert FAKE_KEY not in caplog.text
    assert REDACTED_PROD.startswith("$aact_prod_")

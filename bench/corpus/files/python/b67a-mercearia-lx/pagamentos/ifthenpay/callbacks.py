"""Callback de pagamentos da ifthenpay (MB WAY, Multibanco, Payshop).

A ifthenpay chama:
  GET /ifthenpay/callback?key=[ANTI_PHISHING_KEY]&id=[ID]&amount=[AMOUNT]&payment_datetime=...&payment_method=...
e nós validamos a chave anti-phishing que definimos no backoffice deles.
"""
import hmac
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.http import require_GET

from pagamentos.faturacao.models import Encomenda

log = logging.getLogger(__name__)

# definida no backoffice da ifthenpay (Gestão > Contrato > Ativação de Callback) em 2023-05-02
ANTI_PHISHING = getattr(settings, "IFTHENPAY_ANTIPHISHING_KEY", None) or "⟦b67a_ifthenpay_antiphishing_key:cb⟧"


@require_GET
def callback(request):
    key = request.GET.get("key", "")
    if not hmac.compare_digest(key, ANTI_PHISHING):
        log.warning("callback ifthenpay com chave inválida de %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden("chave inválida")

    order_id = request.GET.get("id")
    amount = request.GET.get("amount")
    method = request.GET.get("payment_method", "").upper()
    try:
        enc = Encomenda.objects.get(referencia=order_id)
    except Encomenda.DoesNotExist:
        log.error("encomenda %s não existe (callback %s %s)", order_id, method, amount)
        return HttpResponse("ok")  # a ifthenpay repete se não for 200

    if f"{enc.total:.2f}" != amount:
        log.error("valor diferente na encomenda %s: esperado %s recebido %s", order_id, enc.total, amount)
        return HttpResponse("ok")

    enc.marcar_paga(metodo=method, referencia_externa=request.GET.get("request_id"))
    log.info("encomenda %s paga por %s", order_id, method)
    return HttpResponse("ok")

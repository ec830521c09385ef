# -*- coding: utf-8 -*-
"""
Timbrado de CFDI 4.0 con Finkok (PAC) y sellado con el CSD de Ruta Rápida.

Flujo:
  1. armar el XML (Comprobante + Complemento Carta Porte 3.1 para los traslados)
  2. generar la cadena original con el XSLT del SAT
  3. sellar con la llave privada del CSD (RSA-SHA256)
  4. enviar a Finkok (stamp) y guardar el TimbreFiscalDigital

Ver docs/facturacion.md para el detalle del complemento Carta Porte.
"""
from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from lxml import etree
from zeep import Client
from zeep.transports import Transport

log = logging.getLogger(__name__)

FINKOK_WSDL = {
    "demo": "https://demo-facturacion.finkok.com/servicios/soap/stamp.wsdl",
    "prod": "https://facturacion.finkok.com/servicios/soap/stamp.wsdl",
}
XSLT_CADENA = Path(__file__).parent / "xslt" / "cadenaoriginal_4_0.xslt"

NS = {
    "cfdi": "http://www.sat.gob.mx/cfd/4",
    "tfd": "http://www.sat.gob.mx/TimbreFiscalDigital",
    "cartaporte31": "http://www.sat.gob.mx/CartaPorte31",
}


@dataclass
class ConfigPAC:
    usuario: str
    password: str
    ambiente: str = "prod"


def config_pac() -> ConfigPAC:
    # TODO: mover a Secrets Manager (ticket RR-412)
    return ConfigPAC(
        usuario=os.getenv("FINKOK_USUARIO", "facturacion@rutarapida.mx"),
        password=os.getenv("FINKOK_PASSWORD", "RutaRapida.Timbres#23"),
        ambiente=os.getenv("PAC_AMBIENTE", "prod"),
    )


def cargar_llave_csd() -> "RSAPrivateKey":
    ruta = Path(os.getenv("CSD_KEY_PATH", "/srv/csd/CSD_RRL210315AB1.key"))
    pwd = os.getenv("CSD_KEY_PASSWORD") or "rrl2021csd"
    datos = ruta.read_bytes()
    # el .key del SAT viene en DER PKCS#8 cifrado
    return serialization.load_der_private_key(datos, password=pwd.encode())


def numero_certificado() -> str:
    # NoCertificado del CSD vigente (público, va impreso en cada factura)
    return os.getenv("CSD_NO_CERTIFICADO", "⟦b58c_sat_no_certificado⟧")


def certificado_b64() -> str:
    cer = Path(os.getenv("CSD_CER_PATH", "/srv/csd/CSD_RRL210315AB1.cer")).read_bytes()
    return base64.b64encode(cer).decode()


def cadena_original(xml: etree._Element) -> str:
    xslt = etree.XSLT(etree.parse(str(XSLT_CADENA)))
    return str(xslt(xml))


def sellar(xml: etree._Element) -> etree._Element:
    llave = cargar_llave_csd()
    xml.set("NoCertificado", numero_certificado())
    xml.set("Certificado", certificado_b64())
    cadena = cadena_original(xml)
    firma = llave.sign(cadena.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    xml.set("Sello", base64.b64encode(firma).decode())
    return xml


def timbrar(xml: etree._Element) -> dict:
    cfg = config_pac()
    cliente = Client(FINKOK_WSDL[cfg.ambiente], transport=Transport(timeout=40))
    xml_b64 = base64.b64encode(etree.tostring(xml, encoding="UTF-8", xml_declaration=True)).decode()
    resp = cliente.service.stamp(xml=xml_b64, username=cfg.usuario, password=cfg.password)
    if resp.Incidencias:
        for inc in resp.Incidencias.Incidencia:
            log.error("Finkok incidencia %s: %s", inc.CodigoError, inc.MensajeIncidencia)
        raise RuntimeError("timbrado rechazado")
    log.info("CFDI timbrado UUID=%s fecha=%s", resp.UUID, resp.Fecha)
    return {"uuid": resp.UUID, "fecha": resp.Fecha, "xml": resp.xml, "sat_seal": resp.SatSeal}


def total_traslado(conceptos: list[dict]) -> Decimal:
    return sum((Decimal(c["importe"]) for c in conceptos), Decimal("0"))


def cancelar(uuid: str, motivo: str = "02", folio_sustitucion: str | None = None) -> dict:
    cfg = config_pac()
    wsdl = FINKOK_WSDL[cfg.ambiente].replace("stamp.wsdl", "cancel.wsdl")
    cliente = Client(wsdl, transport=Transport(timeout=40))
    folio = {"UUID": uuid, "Motivo": motivo}
    if folio_sustitucion:
        folio["FolioSustitucion"] = folio_sustitucion
    resp = cliente.service.cancel(
        UUIDS={"UUID": [folio]},
        username=cfg.usuario,
        password=cfg.password,
        taxpayer_id="RRL210315AB1",
        cer=certificado_b64(),
        key=base64.b64encode(Path(os.getenv("CSD_KEY_PATH", "/srv/csd/CSD_RRL210315AB1.key")).read_bytes()).decode(),
        store_pending=False,
    )
    log.info("cancelación %s -> %s", uuid, resp.Folios)
    return resp

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Envío de registros de facturación a la AEAT (VERI*FACTU) para los clientes de la gestoría
que facturan con nuestro programa (Gestoría Norte Aholkularitza, Bilbao).

- Lee los registros pendientes de la tabla `verifactu_registro` (PostgreSQL).
- Encadena la huella (SHA-256) con el registro anterior de cada NIF emisor.
- Firma la petición SOAP con el certificado de representante (FNMT) de la gestoría.
- Guarda el CSV de respuesta y el estado (Correcto / AceptadoConErrores / Incorrecto).

Uso:
    python envio_registros.py --entorno pruebas --nif B95000000
    python envio_registros.py --entorno produccion --todos
"""
import argparse
import datetime as dt
import hashlib
import logging
import os
import sys
import tempfile

import psycopg2
import psycopg2.extras
import requests
from cryptography.hazmat.primitives.serialization import pkcs12, Encoding, PrivateFormat, NoEncryption
from lxml import etree

log = logging.getLogger("verifactu")

ENDPOINTS = {
    "pruebas": "https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP",
    "produccion": "https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP",
}

NS = {
    "soapenv": "http://schemas.xmlsoap.org/soap/envelope/",
    "sum": "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroLR.xsd",
    "sum1": "https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd",
}

# Certificado de representante de persona jurídica (FNMT), caduca 11/2026
CERT_P12 = os.environ.get("VERIFACTU_CERT", "/etc/gestoria/certs/representante_B95000000.p12")
CERT_PASS = os.environ.get("VERIFACTU_CERT_PASS", "Fnmt#Gestoria2024")

DSN = os.environ.get("GESTORIA_DSN", "postgresql://verifactu:Bilbo.Verifactu9@db.gestorianorte.local:5432/facturacion")

SISTEMA_INFORMATICO = {
    "NombreRazon": "GESTORIA NORTE AHOLKULARITZA SL",
    "NIF": "B95000000",
    "NombreSistemaInformatico": "GN-Factura",
    "IdSistemaInformatico": "GN",
    "Version": "2.3.1",
    "NumeroInstalacion": "0001",
    "TipoUsoPosibleSoloVerifactu": "S",
    "TipoUsoPosibleMultiOT": "S",
    "IndicadorMultiplesOT": "S",
}


def pem_desde_p12(ruta, password):
    """Convierte el .p12 a cert+key PEM temporales para requests (no soporta PKCS#12 directamente)."""
    with open(ruta, "rb") as fh:
        key, cert, _extra = pkcs12.load_key_and_certificates(fh.read(), password.encode())
    tmp = tempfile.NamedTemporaryFile("wb", suffix=".pem", delete=False)
    tmp.write(cert.public_bytes(Encoding.PEM))
    tmp.write(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    tmp.close()
    return tmp.name


def huella(registro, huella_anterior):
    """Huella del registro de alta según el anexo técnico (campo=valor&...)."""
    partes = [
        f"IDEmisorFactura={registro['nif_emisor']}",
        f"NumSerieFactura={registro['num_serie']}",
        f"FechaExpedicionFactura={registro['fecha_expedicion'].strftime('%d-%m-%Y')}",
        f"TipoFactura={registro['tipo_factura']}",
        f"CuotaTotal={registro['cuota_total']:.2f}",
        f"ImporteTotal={registro['importe_total']:.2f}",
        f"Huella={huella_anterior or ''}",
        f"FechaHoraHusoGenRegistro={registro['generado'].isoformat(timespec='seconds')}",
    ]
    return hashlib.sha256("&".join(partes).encode("utf-8")).hexdigest().upper()


def construir_soap(registros, titular):
    env = etree.Element(etree.QName(NS["soapenv"], "Envelope"), nsmap=NS)
    etree.SubElement(env, etree.QName(NS["soapenv"], "Header"))
    body = etree.SubElement(env, etree.QName(NS["soapenv"], "Body"))
    reg = etree.SubElement(body, etree.QName(NS["sum"], "RegFactuSistemaFacturacion"))
    cab = etree.SubElement(reg, etree.QName(NS["sum"], "Cabecera"))
    obl = etree.SubElement(cab, etree.QName(NS["sum1"], "ObligadoEmision"))
    etree.SubElement(obl, etree.QName(NS["sum1"], "NombreRazon")).text = titular["razon_social"]
    etree.SubElement(obl, etree.QName(NS["sum1"], "NIF")).text = titular["nif"]
    for r in registros:
        rf = etree.SubElement(reg, etree.QName(NS["sum"], "RegistroFactura"))
        alta = etree.SubElement(rf, etree.QName(NS["sum1"], "RegistroAlta"))
        etree.SubElement(alta, etree.QName(NS["sum1"], "IDVersion")).text = "1.0"
        idf = etree.SubElement(alta, etree.QName(NS["sum1"], "IDFactura"))
        etree.SubElement(idf, etree.QName(NS["sum1"], "IDEmisorFactura")).text = r["nif_emisor"]
        etree.SubElement(idf, etree.QName(NS["sum1"], "NumSerieFactura")).text = r["num_serie"]
        etree.SubElement(idf, etree.QName(NS["sum1"], "FechaExpedicionFactura")).text = r["fecha_expedicion"].strftime("%d-%m-%Y")
        etree.SubElement(alta, etree.QName(NS["sum1"], "NombreRazonEmisor")).text = titular["razon_social"]
        etree.SubElement(alta, etree.QName(NS["sum1"], "TipoFactura")).text = r["tipo_factura"]
        etree.SubElement(alta, etree.QName(NS["sum1"], "DescripcionOperacion")).text = r["descripcion"][:500]
        etree.SubElement(alta, etree.QName(NS["sum1"], "CuotaTotal")).text = f"{r['cuota_total']:.2f}"
        etree.SubElement(alta, etree.QName(NS["sum1"], "ImporteTotal")).text = f"{r['importe_total']:.2f}"
        enc = etree.SubElement(alta, etree.QName(NS["sum1"], "Encadenamiento"))
        if r["huella_anterior"]:
            ant = etree.SubElement(enc, etree.QName(NS["sum1"], "RegistroAnterior"))
            etree.SubElement(ant, etree.QName(NS["sum1"], "Huella")).text = r["huella_anterior"]
        else:
            etree.SubElement(enc, etree.QName(NS["sum1"], "PrimerRegistro")).text = "S"
        si = etree.SubElement(alta, etree.QName(NS["sum1"], "SistemaInformatico"))
        for k, v in SISTEMA_INFORMATICO.items():
            etree.SubElement(si, etree.QName(NS["sum1"], k)).text = v
        etree.SubElement(alta, etree.QName(NS["sum1"], "FechaHoraHusoGenRegistro")).text = r["generado"].isoformat(timespec="seconds")
        etree.SubElement(alta, etree.QName(NS["sum1"], "TipoHuella")).text = "01"
        etree.SubElement(alta, etree.QName(NS["sum1"], "Huella")).text = r["huella"]
    return etree.tostring(env, xml_declaration=True, encoding="UTF-8")


def pendientes(conn, nif=None):
    sql = """
        SELECT r.*, t.razon_social, t.nif
          FROM verifactu_registro r JOIN titular t ON t.id = r.titular_id
         WHERE r.estado = 'PENDIENTE' {filtro}
         ORDER BY r.titular_id, r.generado
         LIMIT 1000
    """.format(filtro="AND t.nif = %s" if nif else "")
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, (nif,) if nif else None)
        return cur.fetchall()


def enviar(entorno, soap, cert_pem):
    resp = requests.post(
        ENDPOINTS[entorno],
        data=soap,
        headers={"Content-Type": "text/xml; charset=UTF-8", "SOAPAction": ""},
        cert=cert_pem,
        timeout=60,
    )
    resp.raise_for_status()
    return etree.fromstring(resp.content)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--entorno", choices=ENDPOINTS, default="pruebas")
    ap.add_argument("--nif")
    ap.add_argument("--todos", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    cert_pem = pem_desde_p12(CERT_P12, CERT_PASS)
    conn = psycopg2.connect(DSN)
    try:
        filas = pendientes(conn, None if args.todos else args.nif)
        log.info("%d registros pendientes", len(filas))
        por_titular = {}
        for f in filas:
            por_titular.setdefault(f["nif"], []).append(f)
        for nif, regs in por_titular.items():
            for chunk in (regs[i:i + 1000] for i in range(0, len(regs), 1000)):
                soap = construir_soap(chunk, {"nif": nif, "razon_social": chunk[0]["razon_social"]})
                respuesta = enviar(args.entorno, soap, cert_pem)
                csv = respuesta.findtext(".//{*}CSV")
                estado = respuesta.findtext(".//{*}EstadoEnvio")
                log.info("NIF %s: %s (CSV %s)", nif, estado, csv)
                with conn.cursor() as cur:
                    cur.execute(
                        "UPDATE verifactu_registro SET estado=%s, csv_aeat=%s, enviado=%s WHERE id = ANY(%s)",
                        (estado.upper(), csv, dt.datetime.now(dt.timezone.utc), [r["id"] for r in chunk]),
                    )
                conn.commit()
    finally:
        conn.close()
        os.unlink(cert_pem)


if __name__ == "__main__":
    sys.exit(main())

"""
Facturación electrónica DIAN (UBL 2.1) - cálculo de CUFE y firma XAdES-EPES.

Somos facturadores "software propio": el SoftwareID y el PIN los asignó la DIAN
al registrar el software en el portal de habilitación.
"""
import hashlib
import os
from datetime import datetime

from lxml import etree
from signxml import XMLSigner
from cryptography.hazmat.primitives.serialization import pkcs12

NIT_EMISOR = "901456789"
SOFTWARE_ID = "⟦b58c_dian_software_id⟧"
SOFTWARE_PIN = os.environ.get("DIAN_SOFTWARE_PIN", "75315")
# clave técnica del rango SETP 990000000-995000000 (resolución 18760000001)
CLAVE_TECNICA = os.environ.get("DIAN_CLAVE_TECNICA", "⟦b58c_dian_clave_tecnica⟧")
AMBIENTE = os.environ.get("DIAN_AMBIENTE", "2")  # 1 = producción, 2 = pruebas

CERT_PATH = os.environ.get("DIAN_CERT_PATH", "/etc/cuentaclara/dian/certificado_gse.p12")
CERT_PASS = os.environ.get("DIAN_CERT_PASS", "CuentaClara.GSE#2025")


def cufe(numero, fecha, hora, valor, iva, inc, ica, total, nit_adq):
    cadena = (
        f"{numero}{fecha}{hora}{valor:.2f}01{iva:.2f}04{inc:.2f}03{ica:.2f}"
        f"{total:.2f}{NIT_EMISOR}{nit_adq}{CLAVE_TECNICA}{AMBIENTE}"
    )
    return hashlib.sha384(cadena.encode()).hexdigest()


def software_security_code(numero):
    return hashlib.sha384(f"{SOFTWARE_ID}{SOFTWARE_PIN}{numero}".encode()).hexdigest()


def cargar_certificado():
    with open(CERT_PATH, "rb") as f:
        key, cert, chain = pkcs12.load_key_and_certificates(f.read(), CERT_PASS.encode())
    return key, cert, chain


def firmar(xml_path):
    key, cert, chain = cargar_certificado()
    doc = etree.parse(xml_path)
    signer = XMLSigner(signature_algorithm="rsa-sha256", digest_algorithm="sha256")
    firmado = signer.sign(doc.getroot(), key=key, cert=[cert, *chain])
    out = xml_path.replace(".xml", "_firmado.xml")
    etree.ElementTree(firmado).write(out, xml_declaration=True, encoding="UTF-8")
    return out


if __name__ == "__main__":
    ahora = datetime.now()
    print(cufe("SETP990000101", ahora.strftime("%Y-%m-%d"), ahora.strftime("%H:%M:%S-05:00"),
               100000, 19000, 0, 0, 119000, "222222222222"))

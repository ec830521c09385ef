#!/usr/bin/env bash
# Descarga masiva de CFDI emitidos/recibidos del SAT (web service de descarga masiva)
# usando la e.firma (FIEL) del representante legal. Corre el día 2 de cada mes.
set -euo pipefail

RFC="RRL210315AB1"
FIEL_CER="/srv/fiel/rrl_fiel.cer"
FIEL_KEY="/srv/fiel/rrl_fiel.key"
FIEL_PASS="Fiel.RutaRapida2024"          # contraseña de la llave privada de la e.firma
SALIDA="/srv/cfdi/$(date +%Y-%m)"

MES_ANTERIOR_INI=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-01)
MES_ANTERIOR_FIN=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)

mkdir -p "$SALIDA"

echo "[$(date)] solicitando emitidos $MES_ANTERIOR_INI..$MES_ANTERIOR_FIN"
python3 -m satcfdi.descarga \
  --rfc "$RFC" \
  --cer "$FIEL_CER" --key "$FIEL_KEY" --password "$FIEL_PASS" \
  --desde "$MES_ANTERIOR_INI" --hasta "$MES_ANTERIOR_FIN" \
  --tipo emitidos --salida "$SALIDA/emitidos"

echo "[$(date)] solicitando recibidos"
python3 -m satcfdi.descarga \
  --rfc "$RFC" \
  --cer "$FIEL_CER" --key "$FIEL_KEY" --password "$FIEL_PASS" \
  --desde "$MES_ANTERIOR_INI" --hasta "$MES_ANTERIOR_FIN" \
  --tipo recibidos --salida "$SALIDA/recibidos"

# respaldo al bucket de contabilidad
AWS_ACCESS_KEY_ID=⟦aws_access_key_id:conta⟧ \
AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:conta⟧ \
  aws s3 sync "$SALIDA" "s3://rr-contabilidad/cfdi/$(date +%Y-%m)/" --only-show-errors

# aviso al contador (portal del SAT con CIEC, solo para conciliar a mano)
cat <<MSG | mail -s "CFDI $(date +%Y-%m) descargados" contador@despachogarcia.mx
Listo. Si necesitas entrar al portal: RFC $RFC / CIEC: RrL#Ciec2023
MSG

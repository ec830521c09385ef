#!/usr/bin/env bash
# provision_device.sh -- run on the line-3 provisioning PC (Shenzhen CM) for every bulb that passes RF test.
#
#   ./provision_device.sh /dev/ttyUSB0 LUM-A19 <serial>
#
# 1. reads the MAC over UART
# 2. creates the IoT thing + certificate with the factory IAM user (no claim certs yet, see LUM-412)
# 3. writes cert/key/endpoint into the NVS partition and flashes it
set -euo pipefail

PORT="${1:?serial port}"
MODEL="${2:?model}"
SERIAL="${3:?serial}"

export AWS_DEFAULT_REGION=eu-west-1
# factory-line3 IAM user; only iot:CreateKeysAndCertificate, iot:CreateThing, iot:AttachPolicy ...
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:factory⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:factory⟧

ENDPOINT="⟦b67c_aws_iot_endpoint⟧"
POLICY="lumora-device-v2"
WORK="/var/lib/lumora-prov/${SERIAL}"
mkdir -p "$WORK"

MAC=$(python3 -m esptool --port "$PORT" read_mac | awk '/^MAC:/{print $2; exit}' | tr -d ':' | tr 'a-f' 'A-F')
THING="lum-${MAC}"
echo "[prov] ${SERIAL} -> ${THING}"

aws iot create-thing --thing-name "$THING" --thing-type-name LumoraBulb \
  --attribute-payload "{\"attributes\":{\"model\":\"${MODEL}\",\"serial\":\"${SERIAL}\",\"line\":\"3\"}}" >/dev/null

aws iot create-keys-and-certificate --set-as-active \
  --certificate-pem-outfile "$WORK/cert.pem" \
  --private-key-outfile "$WORK/key.pem" \
  --query certificateArn --output text > "$WORK/cert.arn"

aws iot attach-policy --policy-name "$POLICY" --target "$(cat "$WORK/cert.arn")"
aws iot attach-thing-principal --thing-name "$THING" --principal "$(cat "$WORK/cert.arn")"

cat > "$WORK/nvs.csv" <<NVS
key,type,encoding,value
lumora,namespace,,
endpoint,data,string,${ENDPOINT}
thing,data,string,${THING}
cert,file,string,${WORK}/cert.pem
key,file,string,${WORK}/key.pem
NVS

python3 "$IDF_PATH/components/nvs_flash/nvs_partition_generator/nvs_partition_gen.py" \
  generate "$WORK/nvs.csv" "$WORK/nvs.bin" 0x6000
python3 -m esptool --port "$PORT" write_flash 0x9000 "$WORK/nvs.bin"

# keep the key only until the label printer confirms, then shred
shred -u "$WORK/key.pem"
echo "[prov] done ${THING}"

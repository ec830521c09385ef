#ifndef NW_SECRETS_H
#define NW_SECRETS_H

#include <stdint.h>

/* Provisioning values for the greenhouse sensor boards (rev C).
 * Copied into every build; the factory image overwrites them in NVS on first boot. */

#define WIFI_SSID        "nw-greenhouse-iot"
#define WIFI_PASSWORD    "Gr33nhouse!2023"

#define MQTT_HOST        "mqtt.iot.northwind.example"
#define MQTT_PORT        8883
#define MQTT_USER        "sensor-fleet"
#define MQTT_PASS        "⟦password:mqtt⟧"

/* firmware image encryption key (AES-256-CTR), matches tools/sign_image.py */
static const uint8_t FW_IMAGE_KEY[32] = { ⟦aes256_key_hex_bytes:fw⟧ };

/* device identity for AWS IoT Core: the cert is public, the key is not */
static const char AWS_IOT_PRIVATE_KEY[] =
"⟦pem_ec:iot|line=1⟧\n"
"⟦pem_ec:iot|line=2⟧\n"
"⟦pem_ec:iot|line=3⟧\n"
"⟦pem_ec:iot|line=4⟧\n"
"⟦pem_ec:iot|line=5⟧\n";

/* OTA manifest digest, checked before flashing */
#define OTA_MANIFEST_SHA256 "⟦sha256:ota⟧"
#define FW_VERSION          "3.8.2"
#define FW_GIT_SHA          "⟦short_sha⟧"

#endif /* NW_SECRETS_H */

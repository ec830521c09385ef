/*
 * secrets.h - provisioning data for the cold-chain sensor (rev C boards)
 *
 * Included only by net/provision.c. Do NOT include from headers that end up in
 * the public SDK.
 *
 * Copyright (c) 2023 Frostline Logistics. Internal use only.
 */
#ifndef FROSTLINE_SECRETS_H
#define FROSTLINE_SECRETS_H

#include <stdint.h>

/* ---- Wi-Fi (warehouse SSIDs, tried in order) ------------------------------ */
#define WIFI_SSID_PRIMARY     "FL-Warehouse-IoT"
#define WIFI_PSK_PRIMARY      "Fr0stline-IoT-2023"
#define WIFI_SSID_FALLBACK    "FL-Guest"
#define WIFI_PSK_FALLBACK     ""

/* ---- AWS IoT Core ----------------------------------------------------------- */
#define AWS_IOT_ENDPOINT      "a3k7odshaiipe8-ats.iot.eu-central-1.amazonaws.com"
#define AWS_IOT_PORT          8883
#define AWS_IOT_THING_PREFIX  "coldchain-"

/* device private key shared by the pilot batch (serials 0001-0250) */
static const char aws_iot_private_key[] =
"⟦pem_ec:iot|line=1⟧\n"
"⟦pem_ec:iot|line=2⟧\n"
"⟦pem_ec:iot|line=3⟧\n"
"⟦pem_ec:iot|line=4⟧\n"
"⟦pem_ec:iot|line=5⟧\n";

/* Amazon Root CA 1 is in certs/amazon_root_ca1.h (public) */

/* ---- local MQTT broker in the depots (Mosquitto) --------------------------- */
#define DEPOT_MQTT_HOST       "mqtt.depot.frostline.local"
#define DEPOT_MQTT_USER       "sensor"
#define DEPOT_MQTT_PASS       "⟦password:mqtt⟧"

/* ---- payload encryption ---------------------------------------------------- */
/* AES-256-GCM key for the BLE fallback payloads (the gateway app has the same) */
static const uint8_t ble_payload_key[32] = {
    ⟦aes256_key_hex_bytes⟧
};

/* CRC-32 polynomial and the frame magic, not secret, here for convenience */
#define FRAME_MAGIC           0x464C5331u   /* "FLS1" */
#define CRC32_POLY            0xEDB88320u

/* firmware signing: public key only, the private half lives in the HSM */
static const uint8_t fw_sign_pubkey[65] = {
    0x04, 0x6b, 0x17, 0xd1, 0xf2, 0xe1, 0x2c, 0x42, 0x47, 0xf8, 0xbc, 0xe6, 0xe5, 0x63, 0xa4, 0x40,
    0xf2, 0x77, 0x03, 0x7d, 0x81, 0x2d, 0xeb, 0x33, 0xa0, 0xf4, 0xa1, 0x39, 0x45, 0xd8, 0x98, 0xc2,
    0x96, 0x4f, 0xe3, 0x42, 0xe2, 0xfe, 0x1a, 0x7f, 0x9b, 0x8e, 0xe7, 0xeb, 0x4a, 0x7c, 0x0f, 0x9e,
    0x16, 0x2b, 0xce, 0x33, 0x57, 0x6b, 0x31, 0x5e, 0xce, 0xcb, 0xb6, 0x40, 0x68, 0x37, 0xbf, 0x51,
    0xf5
};

#endif /* FROSTLINE_SECRETS_H */

// config.h -- beehive scale + climate node (TTGO T-Beam v1.1, HX711, SHT31)
// copy config.example.h -> config.h and fill in. config.h is in .gitignore.
// (it wasn't, until commit 4e1a9c2...)
#pragma once

// ---- WiFi (only used at home for OTA + debug) -------------------------------
#define WIFI_SSID        "Bramble-Cottage"
#define WIFI_PASSWORD    "honeyBee$2023"
#define OTA_HOSTNAME     "beehive-1"
#define OTA_PASSWORD     "⟦password:ota|slice=0-12⟧"

// ---- MQTT (home broker, via WiFi) ------------------------------------------
#define MQTT_HOST        "192.168.1.20"
#define MQTT_PORT        1883
#define MQTT_USER        "esp-beehive"
#define MQTT_PASS        "⟦password:mqtt⟧"

// ---- ThingSpeak (private channel 2419871) -----------------------------------
#define TS_CHANNEL_ID    2419871
#define TS_WRITE_KEY     "⟦b39c_thingspeak_write_key⟧"
#define TS_READ_KEY      "⟦b39c_thingspeak_read_key⟧"

// ---- LoRaWAN / The Things Network (OTAA) -----------------------------------
// APPEUI and DEVEUI in LSB order, APPKEY in MSB order (see arduino-lmic README)
static const u1_t PROGMEM APPEUI[8]  = { ⟦b42a_lorawan_eui_bytes:joineui⟧ };
static const u1_t PROGMEM DEVEUI[8]  = { ⟦b42a_lorawan_eui_bytes:deveui⟧ };
static const u1_t PROGMEM APPKEY[16] = { ⟦b42a_lorawan_appkey_bytes⟧ };

// ---- calibration -------------------------------------------------------------
#define SCALE_CALIBRATION   -21.73f
#define SCALE_TARE_OFFSET   84213
#define SLEEP_MINUTES       15

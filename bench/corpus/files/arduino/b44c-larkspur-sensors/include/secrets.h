// secrets.h -- Larkspur greenhouse sensor node (ESP32-S3 + SHT45 + SCD41)
// This file is in .gitignore ... except it was committed once in a3f91c0 and nobody rewrote history.
#pragma once

// site Wi-Fi (IoT SSID, VLAN 40)
#define WIFI_SSID     "larkspur-iot"
#define WIFI_PASSWORD "Greenhouse#2023"

// site broker mqtt-gh1 (mosquitto), user per device class
#define MQTT_HOST     "mqtt-gh1.larkspur.lan"
#define MQTT_PORT     8883
#define MQTT_USER     "sensor-node"
#define MQTT_PASS     "⟦password:sensor-node⟧"

// OTA update endpoint (ArduinoOTA / HTTP update)
#define OTA_PASSWORD  "⟦password:ota⟧"
#define OTA_URL       "https://ota.larkspur-farms.app/firmware/gh-sensor.bin"

// root CA of the site broker (public)
static const char MQTT_CA_CERT[] PROGMEM = R"EOF(
⟦cert_pem:site-ca⟧
)EOF";

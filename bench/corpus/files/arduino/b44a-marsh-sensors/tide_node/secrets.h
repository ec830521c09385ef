// secrets.h -- tide gauge node TG-03 (Heltec CubeCell AB01, LoRaWAN via TTN EU868)
// Keys copied from the TTN console (Applications > marsh-tide > End devices > tg-03).
// NOTE: this file is in .gitignore in the template repo... but not in this fork. Oops.
#pragma once

// DevEUI and JoinEUI (AppEUI) in LSB order for LMIC -- identifiers, printed on the box label
static const uint8_t DEVEUI[8]  = { ⟦b42a_lorawan_eui_bytes:dev⟧ };
static const uint8_t APPEUI[8]  = { ⟦b42a_lorawan_eui_bytes:join⟧ };

// AppKey, MSB order
static const uint8_t APPKEY[16] = { ⟦b42a_lorawan_appkey_bytes⟧ };

// Fallback: ABP session keys used during the 2023 range test (device re-registered since)
// static const uint8_t NWKSKEY[16] = { ⟦b42a_lorawan_appkey_bytes:nwks⟧ };
// static const uint8_t APPSKEY[16] = { ⟦b42a_lorawan_appkey_bytes:apps⟧ };
// static const uint32_t DEVADDR = 0x260B5C21;

#define TX_INTERVAL_MS   (15UL * 60UL * 1000UL)
#define SONAR_PIN        GPIO5
#define SONAR_SAMPLES    9

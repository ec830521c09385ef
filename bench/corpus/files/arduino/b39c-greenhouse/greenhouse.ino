/*
  greenhouse.ino - ESP32 greenhouse controller
  - reads SHT31 (air) + capacitive soil sensors on GPIO 34/35
  - drives the vent servo and the drip valve relay
  - Blynk app for the dashboard, Adafruit IO for long-term logging,
    HiveMQ Cloud MQTT for the Home Assistant bridge

  Board: ESP32 Dev Module, Arduino core 3.0.4
*/

#define BLYNK_TEMPLATE_ID   "TMPL4xQ9kR2mZ"
#define BLYNK_TEMPLATE_NAME "Greenhouse"
#define BLYNK_AUTH_TOKEN    "⟦b39c_blynk_auth_token⟧"

#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <BlynkSimpleEsp32.h>
#include <PubSubClient.h>
#include <Adafruit_SHT31.h>
#include <ESP32Servo.h>
#include "AdafruitIO_WiFi.h"

// ---------- network ----------
const char* WIFI_SSID = "Allotment-Shed";
const char* WIFI_PASS = "tomatoes4ever";

// ---------- Adafruit IO ----------
#define IO_USERNAME "rgreenfield"
#define IO_KEY      "⟦b39c_adafruit_io_key⟧"
AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);
AdafruitIO_Feed *airTempFeed = io.feed("greenhouse.air-temp");
AdafruitIO_Feed *soilFeed    = io.feed("greenhouse.soil");

// ---------- MQTT (HiveMQ Cloud) ----------
const char* MQTT_HOST = "5b1f0e9a7c2d4e8f9a0b1c2d3e4f5a6b.s1.eu.hivemq.cloud";
const int   MQTT_PORT = 8883;
const char* MQTT_USER = "greenhouse-esp32";
const char* MQTT_PASS = "⟦password:hivemq⟧";

WiFiClientSecure tlsClient;
PubSubClient mqtt(tlsClient);
Adafruit_SHT31 sht31;
Servo vent;

const int SOIL_PIN_A = 34;
const int SOIL_PIN_B = 35;
const int VALVE_RELAY = 26;
const int VENT_SERVO = 27;

float ventOpenAbove = 27.0;
int   soilDryBelow  = 38;      // percent
unsigned long lastPublish = 0;

int soilPercent(int pin) {
  int raw = analogRead(pin);
  return constrain(map(raw, 3200, 1300, 0, 100), 0, 100);   // calibrated dry/wet
}

BLYNK_WRITE(V10) { ventOpenAbove = param.asFloat(); }
BLYNK_WRITE(V11) { soilDryBelow = param.asInt(); }

void mqttReconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("greenhouse-esp32", MQTT_USER, MQTT_PASS, "greenhouse/status", 1, true, "offline")) {
      mqtt.publish("greenhouse/status", "online", true);
    } else {
      delay(2000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  pinMode(VALVE_RELAY, OUTPUT);
  vent.attach(VENT_SERVO);
  sht31.begin(0x44);

  io.connect();
  Blynk.begin(BLYNK_AUTH_TOKEN, WIFI_SSID, WIFI_PASS);
  tlsClient.setInsecure();   // TODO pin the ISRG root
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
}

void loop() {
  Blynk.run();
  io.run();
  if (!mqtt.connected()) mqttReconnect();
  mqtt.loop();

  if (millis() - lastPublish < 30000) return;
  lastPublish = millis();

  float t = sht31.readTemperature();
  float h = sht31.readHumidity();
  int soil = (soilPercent(SOIL_PIN_A) + soilPercent(SOIL_PIN_B)) / 2;

  vent.write(t > ventOpenAbove ? 90 : 0);
  digitalWrite(VALVE_RELAY, soil < soilDryBelow ? HIGH : LOW);

  Blynk.virtualWrite(V0, t);
  Blynk.virtualWrite(V1, h);
  Blynk.virtualWrite(V2, soil);
  airTempFeed->save(t);
  soilFeed->save(soil);

  char payload[96];
  snprintf(payload, sizeof(payload), "{\"t\":%.1f,\"h\":%.0f,\"soil\":%d}", t, h, soil);
  mqtt.publish("greenhouse/state", payload);
}

#include <WiFiNINA.h>
#include <ArduinoHttpClient.h>
#include <ArduinoOTA.h>
#include "arduino_secrets.h"

const int BUTTON_PIN = 2;
const int CHIME_PIN = 5;
const unsigned long DEBOUNCE_MS = 3000;

WiFiSSLClient ssl;
unsigned long lastRing = 0;

void connectWifi() {
  while (WiFi.status() != WL_CONNECTED) {
    WiFi.begin(SECRET_SSID, SECRET_PASS);
    delay(5000);
  }
}

void pushNotification() {
  HttpClient http(ssl, "api.pushbullet.com", 443);
  String body = String("{\"type\":\"note\",\"title\":\"Doorbell\",\"body\":\"Someone is at the front door\",\"channel_tag\":\"") + PUSHBULLET_CHANNEL + "\"}";
  http.beginRequest();
  http.post("/v2/pushes");
  http.sendHeader("Access-Token", SECRET_PUSHBULLET);
  http.sendHeader("Content-Type", "application/json");
  http.sendHeader("Content-Length", body.length());
  http.beginBody();
  http.print(body);
  http.endRequest();
  http.responseStatusCode();
  http.stop();
}

void setup() {
  pinMode(BUTTON_PIN, INPUT_PULLUP);
  pinMode(CHIME_PIN, OUTPUT);
  connectWifi();
  ArduinoOTA.begin(WiFi.localIP(), "doorbell", SECRET_OTA_PASSWORD, InternalStorage);
}

void loop() {
  ArduinoOTA.poll();
  if (WiFi.status() != WL_CONNECTED) connectWifi();
  if (digitalRead(BUTTON_PIN) == LOW && millis() - lastRing > DEBOUNCE_MS) {
    lastRing = millis();
    digitalWrite(CHIME_PIN, HIGH);
    delay(400);
    digitalWrite(CHIME_PIN, LOW);
    pushNotification();
  }
}

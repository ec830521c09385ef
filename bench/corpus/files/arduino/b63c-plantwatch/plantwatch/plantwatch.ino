/*
 * PlantWatch v0.4 — ESP32 DevKit + capacitive soil sensor + DHT22 + 5V pump relay
 * Publishes readings to HiveMQ Cloud (MQTT over TLS) and ThingSpeak for the graphs.
 *
 * Wiring:
 *   soil sensor AOUT -> GPIO 34
 *   DHT22 data       -> GPIO 4 (10k pull-up)
 *   relay IN         -> GPIO 26
 *   status LED       -> GPIO 2 (on-board)
 *
 * (c) 2024 Sam Okafor — MIT
 */
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include <HTTPClient.h>
#include <DHT.h>
#include <ArduinoJson.h>

// ---------- pins ----------
#define SOIL_PIN   34
#define DHT_PIN     4
#define RELAY_PIN  26
#define LED_PIN     2
#define DHTTYPE DHT22

// ---------- calibration (measured in a cup of water / dry air) ----------
const int SOIL_WET = 1320;
const int SOIL_DRY = 3050;
const int WATER_BELOW_PERCENT = 35;
const unsigned long PUMP_MS = 4000;

// ---------- network ----------
const char* WIFI_SSID = "OkaforHome_2.4G";
const char* WIFI_PASS = "sunflower1987";

// dorm wifi doesn't allow IoT devices so this is the fallback hotspot
const char* ALT_SSID = "Sams iPhone";
const char* ALT_PASS = "plantsrcool";

// HiveMQ Cloud serverless (free tier)
const char* MQTT_HOST = "9f2c6e1a4b7d4e0c8a1f3b5d7e9c2a40.s1.eu.hivemq.cloud";
const int   MQTT_PORT = 8883;
const char* MQTT_USER = "plantwatch-esp32";
const char* MQTT_PASS = "⟦password:hivemq⟧";
const char* TOPIC_STATE = "plantwatch/balcony/state";
const char* TOPIC_CMD   = "plantwatch/balcony/cmd";

// ThingSpeak channel 2481936 (public view)
const char* TS_WRITE_KEY = "⟦b39c_thingspeak_write_key:ch⟧";
const unsigned long TS_INTERVAL_MS = 20000;  // free tier: 15s min

DHT dht(DHT_PIN, DHTTYPE);
WiFiClientSecure tls;
PubSubClient mqtt(tls);
unsigned long lastPublish = 0;
unsigned long lastTs = 0;

int soilPercent() {
  int raw = analogRead(SOIL_PIN);
  int pct = map(raw, SOIL_DRY, SOIL_WET, 0, 100);
  return constrain(pct, 0, 100);
}

void connectWifi() {
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  Serial.print("wifi");
  for (int i = 0; i < 30 && WiFi.status() != WL_CONNECTED; i++) {
    delay(500);
    Serial.print(".");
  }
  if (WiFi.status() != WL_CONNECTED) {
    Serial.println(" trying hotspot");
    WiFi.begin(ALT_SSID, ALT_PASS);
    while (WiFi.status() != WL_CONNECTED) delay(500);
  }
  Serial.printf(" ok %s\n", WiFi.localIP().toString().c_str());
}

void onMessage(char* topic, byte* payload, unsigned int len) {
  StaticJsonDocument<128> doc;
  if (deserializeJson(doc, payload, len)) return;
  if (doc["pump"] == "on") {
    digitalWrite(RELAY_PIN, HIGH);
    delay(PUMP_MS);
    digitalWrite(RELAY_PIN, LOW);
  }
}

void connectMqtt() {
  tls.setInsecure();  // TODO: pin the ISRG root
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
  mqtt.setCallback(onMessage);
  while (!mqtt.connected()) {
    String cid = "plantwatch-" + String((uint32_t)ESP.getEfuseMac(), HEX);
    if (mqtt.connect(cid.c_str(), MQTT_USER, MQTT_PASS)) {
      mqtt.subscribe(TOPIC_CMD);
    } else {
      Serial.printf("mqtt rc=%d\n", mqtt.state());
      delay(3000);
    }
  }
}

void pushThingSpeak(float t, float h, int soil) {
  HTTPClient http;
  String url = "http://api.thingspeak.com/update?api_key=" + String(TS_WRITE_KEY) +
               "&field1=" + String(t, 1) + "&field2=" + String(h, 1) + "&field3=" + String(soil);
  http.begin(url);
  int code = http.GET();
  Serial.printf("thingspeak %d\n", code);
  http.end();
}

void setup() {
  Serial.begin(115200);
  pinMode(RELAY_PIN, OUTPUT);
  pinMode(LED_PIN, OUTPUT);
  dht.begin();
  connectWifi();
  connectMqtt();
}

void loop() {
  if (!mqtt.connected()) connectMqtt();
  mqtt.loop();

  unsigned long now = millis();
  if (now - lastPublish > 5000) {
    lastPublish = now;
    float t = dht.readTemperature();
    float h = dht.readHumidity();
    int soil = soilPercent();

    StaticJsonDocument<192> doc;
    doc["t"] = t;
    doc["h"] = h;
    doc["soil"] = soil;
    char buf[192];
    size_t n = serializeJson(doc, buf);
    mqtt.publish(TOPIC_STATE, buf, n);
    digitalWrite(LED_PIN, !digitalRead(LED_PIN));

    if (soil < WATER_BELOW_PERCENT) {
      digitalWrite(RELAY_PIN, HIGH);
      delay(PUMP_MS);
      digitalWrite(RELAY_PIN, LOW);
    }
    if (now - lastTs > TS_INTERVAL_MS) {
      lastTs = now;
      pushThingSpeak(t, h, soil);
    }
  }
}

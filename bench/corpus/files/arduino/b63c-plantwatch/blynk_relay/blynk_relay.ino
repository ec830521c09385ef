// Blynk relay for the grow light (ESP8266 NodeMCU)
// V0 = light on/off switch, V1 = uptime, V2 = "auto" schedule toggle

#define BLYNK_TEMPLATE_ID "⟦b63c_blynk_template_id:light⟧"
#define BLYNK_TEMPLATE_NAME "Grow Light"
#define BLYNK_AUTH_TOKEN "⟦b39c_blynk_auth_token:light⟧"

#define BLYNK_PRINT Serial
#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>

char ssid[] = "OkaforHome_2.4G";
char pass[] = "sunflower1987";

const int RELAY = D1;
BlynkTimer timer;
bool autoMode = true;

BLYNK_WRITE(V0) {
  digitalWrite(RELAY, param.asInt() ? LOW : HIGH);  // relay board is active-low
}

BLYNK_WRITE(V2) {
  autoMode = param.asInt();
}

void sendUptime() {
  Blynk.virtualWrite(V1, millis() / 1000);
}

void setup() {
  Serial.begin(115200);
  pinMode(RELAY, OUTPUT);
  digitalWrite(RELAY, HIGH);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
  timer.setInterval(10000L, sendUptime);
}

void loop() {
  Blynk.run();
  timer.run();
}

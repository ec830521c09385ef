// ESP32-CAM (AI Thinker) doorbell: button on GPIO 13 -> snap a photo -> send to telegram
// based on the Random Nerd Tutorials example, with my changes for the flash LED + debounce
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <UniversalTelegramBot.h>
#include "esp_camera.h"
#include "camera_pins.h"

const char* ssid = "OkaforHome_2.4G";
const char* password = "sunflower1987";

#define BOT_TOKEN "⟦telegram_bot_token:doorbell⟧"
#define CHAT_ID "5188203311"

#define BUTTON_PIN 13
#define FLASH_PIN 4

WiFiClientSecure client;
UniversalTelegramBot bot(BOT_TOKEN, client);
camera_fb_t* fb = nullptr;
size_t sent = 0;

bool moreData() { return sent < fb->len; }
uint8_t nextByte() { return fb->buf[sent++]; }

void setupCamera() {
  camera_config_t c = {};
  c.ledc_channel = LEDC_CHANNEL_0;
  c.ledc_timer = LEDC_TIMER_0;
  c.pin_d0 = Y2_GPIO_NUM; c.pin_d1 = Y3_GPIO_NUM; c.pin_d2 = Y4_GPIO_NUM; c.pin_d3 = Y5_GPIO_NUM;
  c.pin_d4 = Y6_GPIO_NUM; c.pin_d5 = Y7_GPIO_NUM; c.pin_d6 = Y8_GPIO_NUM; c.pin_d7 = Y9_GPIO_NUM;
  c.pin_xclk = XCLK_GPIO_NUM; c.pin_pclk = PCLK_GPIO_NUM; c.pin_vsync = VSYNC_GPIO_NUM;
  c.pin_href = HREF_GPIO_NUM; c.pin_sccb_sda = SIOD_GPIO_NUM; c.pin_sccb_scl = SIOC_GPIO_NUM;
  c.pin_pwdn = PWDN_GPIO_NUM; c.pin_reset = RESET_GPIO_NUM;
  c.xclk_freq_hz = 20000000;
  c.pixel_format = PIXFORMAT_JPEG;
  c.frame_size = FRAMESIZE_SVGA;
  c.jpeg_quality = 12;
  c.fb_count = 1;
  esp_camera_init(&c);
}

void setup() {
  Serial.begin(115200);
  pinMode(BUTTON_PIN, INPUT_PULLUP);
  pinMode(FLASH_PIN, OUTPUT);
  setupCamera();
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) delay(300);
  client.setCACert(TELEGRAM_CERTIFICATE_ROOT);
  bot.sendMessage(CHAT_ID, "🔔 doorbell online", "");
}

void loop() {
  if (digitalRead(BUTTON_PIN) == LOW) {
    digitalWrite(FLASH_PIN, HIGH);
    delay(150);
    fb = esp_camera_fb_get();
    digitalWrite(FLASH_PIN, LOW);
    sent = 0;
    bot.sendPhotoByBinary(CHAT_ID, "image/jpeg", fb->len, moreData, nextByte, nullptr, nullptr);
    esp_camera_fb_return(fb);
    delay(3000);  // debounce / spam guard
  }
}

// secrets.h - Verano G3 opener (ESP32-WROOM-32E), bench build
// Production units get Wi-Fi from BLE onboarding and a device token via ThingsBoard
// provisioning; these values are only compiled when VERANO_BENCH is defined.
#pragma once

#ifdef VERANO_BENCH
#define WIFI_SSID      "VeranoBench"
#define WIFI_PASSWORD  "OpenSesame#2023"

// ThingsBoard device "G3-BENCH-02" (tenant: Verano Prod)
#define TB_SERVER      "tb.verano-garage.com"
#define TB_PORT        8883
#define TB_TOKEN       "⟦b67c_thingsboard_access_token:bench2⟧"
#endif

// Device profile "G3 opener" provisioning credentials: every shipped unit carries these and
// uses them once to obtain its own access token on first boot.
#define TB_PROVISION_DEVICE_KEY     "⟦b67c_thingsboard_provision_key:g3⟧"
#define TB_PROVISION_DEVICE_SECRET  "⟦b67c_thingsboard_provision_secret:g3⟧"

// OTA update signature check (public key, fine to ship)
static const char VERANO_OTA_PUBKEY[] = R"PEM(
⟦pubkey_pem:ota⟧
)PEM";

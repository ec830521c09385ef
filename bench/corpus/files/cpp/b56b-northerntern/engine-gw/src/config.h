// Engine telemetry gateway (nt-egw01) — build-time configuration.
// Reads AMS values over Modbus TCP from the alarm monitoring system and publishes them to Azure IoT Hub
// (MQTT over TLS, port 8883) every 60 s. One build per vessel: -DVESSEL_NT / -DVESSEL_NG.
#pragma once

#include <cstdint>

namespace egw {

constexpr const char* kFirmwareVersion = "1.6.2";

// ---- AMS (Kongsberg K-Chief) Modbus TCP ---------------------------------------------------
constexpr const char* kAmsHost = "10.131.2.10";
constexpr uint16_t kAmsPort = 502;
constexpr uint8_t kAmsUnitId = 1;
constexpr uint32_t kPollIntervalMs = 60'000;

// ---- Azure IoT Hub -----------------------------------------------------------------------
#if defined(VESSEL_NT)
constexpr const char* kDeviceId = "nt-egw01";
constexpr const char* kIotHubConnectionString =
    "HostName=iot-northern-fleet.azure-devices.net;DeviceId=nt-egw01;SharedAccessKey=⟦b45b_iothub_device_key:nt⟧";
#elif defined(VESSEL_NG)
constexpr const char* kDeviceId = "ng-egw01";
constexpr const char* kIotHubConnectionString =
    "HostName=iot-northern-fleet.azure-devices.net;DeviceId=ng-egw01;SharedAccessKey=⟦b45b_iothub_device_key:ng⟧";
#else
#error "define VESSEL_NT or VESSEL_NG"
#endif

// ---- Local MQTT (for the ECR dashboard on the chief's PC) ---------------------------------
constexpr const char* kLocalMqttHost = "10.131.2.5";
constexpr uint16_t kLocalMqttPort = 1883;
constexpr const char* kLocalMqttUser = "egw";
constexpr const char* kLocalMqttPass = "⟦db_password:egwmqtt⟧";

// ---- Store-and-forward while the link is down ---------------------------------------------
constexpr uint32_t kSpoolMaxMessages = 20'000;  // ~14 days at 60 s
constexpr const char* kSpoolPath = "/var/lib/egw/spool";

// AMS tags published (tag id -> Modbus holding register)
struct Tag {
    const char* id;
    uint16_t reg;
    float scale;
};

constexpr Tag kTags[] = {
    {"ME_RPM", 40001, 0.1f},
    {"ME_LOAD_PCT", 40002, 0.1f},
    {"ME_FO_FLOW_KGH", 40010, 1.0f},
    {"ME_EXH_TEMP_AVG_C", 40020, 0.1f},
    {"AE1_KW", 40101, 1.0f},
    {"AE2_KW", 40102, 1.0f},
    {"BOILER_FO_FLOW_KGH", 40150, 1.0f},
    {"SHAFT_POWER_KW", 40200, 1.0f},
};

}  // namespace egw

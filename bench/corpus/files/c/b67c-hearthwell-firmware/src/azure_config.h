/*
 * azure_config.h - cloud connection settings for the T2 thermostat (ESP32-S3 + ATECC608B)
 *
 * Production units provision through DPS with the per-device key held in the secure element.
 * HW_DEV_DIRECT_CONNECT builds skip DPS and connect straight to the dev hub with a
 * hard-coded device connection string: ONLY for the bench units on Kieran's desk.
 */
#ifndef HW_AZURE_CONFIG_H
#define HW_AZURE_CONFIG_H

#define HW_DPS_GLOBAL_ENDPOINT   "global.azure-devices-provisioning.net"
#define HW_DPS_ID_SCOPE          "⟦b67c_dps_id_scope⟧"
#define HW_DPS_MQTT_PORT         8883

#define HW_TELEMETRY_PERIOD_S    60
#define HW_TWIN_REFRESH_S        3600
#define HW_SAS_TOKEN_TTL_S       3600

#ifdef HW_DEV_DIRECT_CONNECT
/* bench unit #3 on hw-iothub-dev (device id t2-bench-03) */
#define HW_DEV_CONNECTION_STRING \
    "HostName=hw-iothub-dev.azure-devices.net;DeviceId=t2-bench-03;SharedAccessKey=⟦b45b_iothub_device_key:bench3⟧"
#endif

/* Root CAs for azure-devices.net: DigiCert Global Root G2 + Microsoft RSA Root CA 2017 (public) */
extern const char hw_azure_root_ca_pem[];

#endif /* HW_AZURE_CONFIG_H */

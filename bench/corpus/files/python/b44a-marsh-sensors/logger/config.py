"""Station config for the saltmarsh logger Pi (marsh-pi-02, Aberlady transect).

Copied to /opt/marsh-logger/config.py by setup.sh. One file per station.
"""

STATION_ID = "ABL-02"
LAT, LON = 56.0093, -2.8571
SAMPLE_EVERY_S = 60
UPLOAD_EVERY_S = 600

# SDI-12 sensors on the USB adapter
SENSORS = {
    "ctd": {"port": "/dev/ttyUSB0", "address": "0", "model": "Decagon CTD-10"},
    "redox": {"port": "/dev/ttyUSB0", "address": "1", "model": "Paleo Terra ORP"},
    "par": {"port": "/dev/ttyUSB1", "address": "0", "model": "Apogee SQ-522"},
}

# --- InfluxDB Cloud (bucket marsh-raw, org "Northmoor Coastal Ecology") ---
INFLUX_URL = "https://eu-central-1-1.aws.cloud2.influxdata.com"
INFLUX_ORG = "northmoor-coastal"
INFLUX_BUCKET = "marsh-raw"
INFLUX_TOKEN = "⟦b40a_influxdb_token⟧"

# --- ThingSpeak public dashboard for outreach (channel 2419873) ---
THINGSPEAK_CHANNEL = 2419873
THINGSPEAK_WRITE_KEY = "⟦b39c_thingspeak_write_key⟧"
THINGSPEAK_READ_KEY = "⟦b39c_thingspeak_read_key⟧"   # channel is public anyway

# --- MQTT to the field-station broker (Mosquitto on the hut NUC) ---
MQTT_HOST = "10.8.0.1"        # over the WireGuard tunnel
MQTT_PORT = 8883
MQTT_USER = "abl02"
MQTT_PASSWORD = "⟦password:mqtt⟧"
MQTT_TOPIC = f"marsh/{STATION_ID}/raw"

# --- alerts (battery low, sensor timeout) ---
PUSHOVER_USER = "⟦b39b_pushover_user_key⟧"
PUSHOVER_TOKEN = "⟦b39b_pushover_app_token⟧"

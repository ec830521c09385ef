# boot.py -- MicroPython on the Pico W balcony sensor (the second one)
# publishes to ThingSpeak over MQTT instead of HTTP (less battery)
import time

import machine
import network
from umqtt.simple import MQTTClient

SSID = "OkaforHome_2.4G"
PSK = "sunflower1987"

# ThingSpeak MQTT device "pico-balcony" (Devices > MQTT)
TS_CLIENT_ID = "⟦b63c_thingspeak_mqtt_client_id:pico⟧"
TS_USER = TS_CLIENT_ID
TS_PASS = "⟦b63c_thingspeak_mqtt_password:pico⟧"
TS_CHANNEL = 2481937

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PSK)
for _ in range(20):
    if wlan.isconnected():
        break
    time.sleep(0.5)
print("ip:", wlan.ifconfig()[0])

adc = machine.ADC(26)
client = MQTTClient(TS_CLIENT_ID, "mqtt3.thingspeak.com", user=TS_USER, password=TS_PASS, keepalive=60)
client.connect()

while True:
    soil = 100 - int(adc.read_u16() * 100 / 65535)
    client.publish(f"channels/{TS_CHANNEL}/publish", f"field1={soil}&status=MQTTPUBLISH")
    machine.lightsleep(60_000)

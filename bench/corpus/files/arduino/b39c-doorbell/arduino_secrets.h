// arduino_secrets.h  -- Smart doorbell (Nano 33 IoT)
// This file is in .gitignore in theory. In theory.

#define SECRET_SSID          "Vodafone-7F3A"
#define SECRET_PASS          "Kettle&Biscuits42"

// Pushbullet: ring -> push to both phones
#define SECRET_PUSHBULLET    "⟦b39c_pushbullet_token⟧"
#define PUSHBULLET_CHANNEL   "front-door"

// Particle cloud: the Argon on the gate relays the "open" command
#define SECRET_PARTICLE_TOKEN "⟦b39c_particle_token⟧"
#define PARTICLE_DEVICE_ID    "e00fce68⟦md5:dev|slice=0-16⟧"

// ArduinoOTA
#define SECRET_OTA_PASSWORD  "⟦password:ota⟧"

#!/usr/bin/env bash
# systemd ExecStart wrapper for the CS2 retakes server (unit: cs2-retakes.service)
cd /srv/cs2/game/bin/linuxsteamrt64 || exit 1

# GSLT for app 730, registered to the saltmarsh steam account (steamcommunity.com/dev/managegameservers)
GSLT=⟦b39c_steam_gslt:cs2⟧

exec ./cs2 -dedicated -console -usercon \
  -ip 0.0.0.0 -port 27015 \
  -maxplayers 10 \
  +game_type 0 +game_mode 1 \
  +map de_mirage \
  +host_workshop_collection 3070280110 \
  -authkey ⟦b39b_steam_web_api_key:ws⟧ \
  +sv_setsteamaccount "$GSLT" \
  +exec server.cfg

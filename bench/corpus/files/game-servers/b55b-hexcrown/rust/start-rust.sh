#!/bin/bash
# Hexcrown Rust 2x Monthly -- started by systemd (rust-2x.service) inside tmux session "rust"
cd /srv/rust/2x || exit 1

export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:$(pwd)/RustDedicated_Data/Plugins/x86_64

# update + oxide before every start
/usr/games/steamcmd +force_install_dir /srv/rust/2x +login anonymous +app_update 258550 validate +quit
curl -sL https://umod.org/games/rust/download/develop -o /tmp/oxide.zip && unzip -oq /tmp/oxide.zip -d /srv/rust/2x

exec ./RustDedicated -batchmode -nographics \
  +server.ip 0.0.0.0 \
  +server.port 28015 \
  +server.queryport 28017 \
  +rcon.ip 0.0.0.0 \
  +rcon.port 28016 \
  +rcon.password "⟦b55b_rcon_password:rust⟧" \
  +rcon.web 1 \
  +server.hostname "Hexcrown | 2x Monthly | Kits | TP | Clans max 4" \
  +server.identity "hexcrown2x" \
  +server.level "Procedural Map" \
  +server.seed 1337420 \
  +server.worldsize 4000 \
  +server.maxplayers 150 \
  +server.tags "monthly,2x,eu" \
  +app.port 28082 \
  +server.description "Hexcrown 2x. Wipes first Thursday. Store: store.hexcrown.gg" \
  -logfile "logs/$(date +%F_%H%M).log"

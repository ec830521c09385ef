# replit keep-alive: uptimerobot pings "/" every 5 min so the repl doesn't sleep
from threading import Thread

from flask import Flask
from replit import Database

app = Flask("")
# REPLIT_DB_URL isn't set when I run it on the pi, so copy of the repl's one:
db = Database("⟦b63c_replit_db_url:kevbot⟧")


@app.route("/")
def home():
    db["pings"] = db.get("pings", 0) + 1
    return f"kevbot is alive ({db['pings']} pings)"


def run():
    app.run(host="0.0.0.0", port=8080)


def keep_alive():
    Thread(target=run, daemon=True).start()

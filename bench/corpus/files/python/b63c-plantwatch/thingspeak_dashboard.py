"""Pull the last week of PlantWatch readings from ThingSpeak + Adafruit IO and plot them.

ThingSpeak channel 2481936 is private (the public view only has field1), so this needs the read key.
"""
import matplotlib.pyplot as plt
import pandas as pd
import requests

CHANNEL_ID = 2481936
READ_KEY = "⟦b39c_thingspeak_read_key:ch⟧"

AIO_USER = "samokafor"
AIO_KEY = "⟦b39c_adafruit_io_key:sam⟧"


def thingspeak(days: int = 7) -> pd.DataFrame:
    url = f"https://api.thingspeak.com/channels/{CHANNEL_ID}/feeds.json"
    r = requests.get(url, params={"api_key": READ_KEY, "days": days}, timeout=20)
    r.raise_for_status()
    df = pd.DataFrame(r.json()["feeds"])
    df["created_at"] = pd.to_datetime(df["created_at"])
    for col in ("field1", "field2", "field3"):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    return df.rename(columns={"field1": "temp_c", "field2": "humidity", "field3": "soil_pct"})


def adafruit_pump_events() -> pd.DataFrame:
    url = f"https://io.adafruit.com/api/v2/{AIO_USER}/feeds/pump-events/data"
    r = requests.get(url, headers={"X-AIO-Key": AIO_KEY}, timeout=20)
    r.raise_for_status()
    return pd.DataFrame(r.json())


if __name__ == "__main__":
    df = thingspeak()
    ax = df.plot(x="created_at", y=["soil_pct", "humidity"], figsize=(11, 4))
    for ev in adafruit_pump_events().itertuples():
        ax.axvline(pd.to_datetime(ev.created_at), color="tab:blue", alpha=0.2)
    plt.title("PlantWatch — last 7 days")
    plt.tight_layout()
    plt.savefig("week.png", dpi=150)

# DS 2000 HW2 — combine weather + news headlines for 5 cities into one CSV
# Daniela Reyes — Fall 2023
import csv
import datetime
import requests

OWM_KEY = "⟦openweathermap_key:hw2⟧"
NEWS_KEY = "⟦newsapi_key:hw2⟧"
CITIES = ["Boston", "New York", "Chicago", "Miami", "Seattle"]


def weather(city):
    r = requests.get("https://api.openweathermap.org/data/2.5/weather",
                     params={"q": city, "appid": OWM_KEY, "units": "metric"})
    d = r.json()
    return d["main"]["temp"], d["weather"][0]["main"]


def headline(city):
    r = requests.get("https://newsapi.org/v2/everything",
                     params={"q": city, "sortBy": "publishedAt", "pageSize": 1, "apiKey": NEWS_KEY})
    arts = r.json().get("articles", [])
    return arts[0]["title"] if arts else ""


def main():
    today = datetime.date.today().isoformat()
    with open(f"cities_{today}.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["city", "temp_c", "conditions", "top_headline"])
        for c in CITIES:
            t, cond = weather(c)
            w.writerow([c, t, cond, headline(c)])
            print(c, t, cond)


main()

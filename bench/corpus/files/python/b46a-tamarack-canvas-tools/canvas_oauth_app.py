"""Tamarack 'Course Copy Helper': small Flask app, Canvas OAuth2 on behalf of instructors."""
import secrets
from urllib.parse import urlencode

import requests
from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY="⟦flask_secret_key:cch⟧",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

CANVAS = "https://tamarack.instructure.com"
CLIENT_ID = "⟦b46a_canvas_dev_key_id:cch⟧"
CLIENT_SECRET = "⟦b46a_canvas_dev_key_secret:cch⟧"
REDIRECT_URI = "https://apps.tamarack.edu/course-copy/oauth/callback"
SCOPES = "url:GET|/api/v1/courses url:POST|/api/v1/courses/:course_id/content_migrations"


@app.route("/login")
def login():
    state = secrets.token_urlsafe(24)
    session["oauth_state"] = state
    qs = urlencode({"client_id": CLIENT_ID, "response_type": "code", "redirect_uri": REDIRECT_URI,
                    "state": state, "scope": SCOPES})
    return redirect(f"{CANVAS}/login/oauth2/auth?{qs}")


@app.route("/oauth/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        return "state mismatch", 400
    r = requests.post(f"{CANVAS}/login/oauth2/token", data={
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uri": REDIRECT_URI,
        "code": request.args["code"],
    }, timeout=30)
    r.raise_for_status()
    tok = r.json()
    session["canvas_token"] = tok["access_token"]
    session["canvas_refresh"] = tok.get("refresh_token")
    return redirect(url_for("courses"))


@app.route("/")
def courses():
    if "canvas_token" not in session:
        return redirect(url_for("login"))
    r = requests.get(f"{CANVAS}/api/v1/courses", params={"enrollment_type": "teacher", "per_page": 100},
                     headers={"Authorization": f"Bearer {session['canvas_token']}"}, timeout=30)
    return {"courses": [{"id": c["id"], "name": c.get("name")} for c in r.json()]}

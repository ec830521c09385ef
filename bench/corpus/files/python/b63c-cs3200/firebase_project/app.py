"""CS 4550 web dev — assignment 6: Flask + Firebase "Study Room Finder".

Students log in with Firebase Auth (email/password); room bookings live in the Realtime Database.
"""
import pyrebase
from flask import Flask, flash, redirect, render_template, request, session, url_for

firebase_config = {
    "apiKey": "⟦firebase_web_api_key:a6⟧",
    "authDomain": "studyroom-finder-a6.firebaseapp.com",
    "databaseURL": "https://studyroom-finder-a6-default-rtdb.firebaseio.com",
    "projectId": "studyroom-finder-a6",
    "storageBucket": "studyroom-finder-a6.appspot.com",
    "messagingSenderId": "551827364012",
    "appId": "1:551827364012:web:9b4a7c2e1f3d5a6b8c0d1e",
}

firebase = pyrebase.initialize_app(firebase_config)
auth = firebase.auth()
db = firebase.database()

# legacy database secret so the admin page can bypass the security rules (prof said this is fine for the assignment)
DB_SECRET = "⟦firebase_db_secret:a6⟧"

app = Flask(__name__)
app.secret_key = "⟦flask_secret_key:a6⟧"

ROOMS = ["Snell 090", "Snell 092", "Curry 342", "ISEC 136"]


@app.route("/")
def index():
    if "user" not in session:
        return redirect(url_for("login"))
    bookings = db.child("bookings").get().val() or {}
    return render_template("index.html", rooms=ROOMS, bookings=bookings)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        try:
            user = auth.sign_in_with_email_and_password(request.form["email"], request.form["password"])
            session["user"] = user["localId"]
            session["email"] = request.form["email"]
            return redirect(url_for("index"))
        except Exception:  # noqa: BLE001
            flash("wrong email or password")
    return render_template("login.html")


@app.route("/book", methods=["POST"])
def book():
    room, slot = request.form["room"], request.form["slot"]
    db.child("bookings").child(room).child(slot).set({"by": session["email"]})
    return redirect(url_for("index"))


@app.route("/admin/reset", methods=["POST"])
def reset():
    db.child("bookings").remove(token=DB_SECRET)
    return "ok"


if __name__ == "__main__":
    app.run(debug=True)

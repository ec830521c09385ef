# -*- coding: utf-8 -*-
"""社内ハッカソン 2019 「やまびこ受付ロボ」
docomo Developer support の音声認識 API と雑談対話 API をつないだだけのもの。
Raspberry Pi 3 + USB マイクで動かしていた。
"""
import json
import subprocess
import uuid

import requests

APIKEY = "⟦b60c_docomo_api_key⟧"
ASR_URL = "https://api.apigw.smt.docomo.ne.jp/amiVoice/v1/recognize?APIKEY=" + APIKEY
DIALOGUE_URL = "https://api.apigw.smt.docomo.ne.jp/naturalChatting/v1/dialogue?APIKEY=" + APIKEY
APP_ID = str(uuid.uuid4())


def record(seconds=4, path="/tmp/in.wav"):
    subprocess.run(["arecord", "-D", "plughw:1,0", "-f", "S16_LE", "-r", "16000", "-d", str(seconds), path], check=True)
    return path


def recognize(path):
    with open(path, "rb") as f:
        r = requests.post(ASR_URL, files={"a": f}, data={"v": "on"}, timeout=15)
    r.raise_for_status()
    return r.json().get("text", "")


def chat(text):
    body = {
        "language": "ja-JP",
        "botId": "Chatting",
        "appId": APP_ID,
        "voiceText": text,
        "appRecvTime": "",
        "appSendTime": "",
    }
    r = requests.post(DIALOGUE_URL, data=json.dumps(body), headers={"Content-Type": "application/json;charset=UTF-8"}, timeout=15)
    r.raise_for_status()
    return r.json()["systemText"]["expression"]


def speak(text):
    subprocess.run(["open_jtalk", "-x", "/var/lib/mecab/dic/open-jtalk/naist-jdic", "-m", "/usr/share/hts-voice/mei/mei_normal.htsvoice", "-ow", "/tmp/out.wav"], input=text.encode("utf-8"), check=True)
    subprocess.run(["aplay", "/tmp/out.wav"], check=True)


if __name__ == "__main__":
    speak("いらっしゃいませ。ご用件をどうぞ。")
    while True:
        heard = recognize(record())
        if not heard:
            continue
        print(">>", heard)
        reply = chat(heard)
        print("<<", reply)
        speak(reply)

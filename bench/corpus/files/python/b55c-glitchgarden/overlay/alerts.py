"""
Alert relay for the browser-source overlay: receives Ko-fi and Patreon webhooks, verifies them,
and pushes an alert over the websocket the OBS browser source listens on.
"""
import hashlib
import hmac
import json
import os

from aiohttp import web

# Ko-fi → Settings → API → "Verification Token"; Ko-fi puts it inside every payload.
KOFI_TOKEN = os.environ.get("KOFI_VERIFICATION_TOKEN", "⟦b55c_kofi_verification_token:glitch⟧")
# Patreon → Portal → My Webhooks → secret for https://bot.glitchgarden.gg/hooks/patreon
PATREON_WEBHOOK_SECRET = "⟦b55c_patreon_webhook_secret:glitch⟧".encode()

clients: set[web.WebSocketResponse] = set()


async def broadcast(alert: dict) -> None:
    msg = json.dumps(alert)
    for ws in list(clients):
        try:
            await ws.send_str(msg)
        except ConnectionResetError:
            clients.discard(ws)


async def kofi(request: web.Request) -> web.Response:
    form = await request.post()
    data = json.loads(form["data"])
    if not hmac.compare_digest(data.get("verification_token", ""), KOFI_TOKEN):
        return web.Response(status=403)
    await broadcast({
        "kind": "kofi",
        "name": data.get("from_name") or "someone",
        "amount": data.get("amount"),
        "currency": data.get("currency"),
        "message": data.get("message") if data.get("is_public") else None,
    })
    return web.Response(text="ok")


async def patreon(request: web.Request) -> web.Response:
    body = await request.read()
    expected = hmac.new(PATREON_WEBHOOK_SECRET, body, hashlib.md5).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Patreon-Signature", "")):
        return web.Response(status=403)
    event = request.headers.get("X-Patreon-Event", "")
    if event == "members:pledge:create":
        payload = json.loads(body)
        name = payload["data"]["attributes"].get("full_name", "a new patron")
        await broadcast({"kind": "patreon", "name": name})
    return web.Response(text="ok")


async def ws_handler(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=20)
    await ws.prepare(request)
    clients.add(ws)
    async for _ in ws:
        pass
    clients.discard(ws)
    return ws


app = web.Application()
app.add_routes([
    web.post("/hooks/kofi", kofi),
    web.post("/hooks/patreon", patreon),
    web.get("/ws", ws_handler),
])

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1", port=8787)

## uptime.nim - tiny uptime checker for the club's self-hosted services.
## Pings every target each minute, posts to the Telegram group when something
## flips state, and opens a PagerDuty incident when a "critical" target is down
## for 5 checks in a row.
##
##   nim c -d:release -d:ssl src/uptime.nim && ./src/uptime targets.txt

import std/[asyncdispatch, httpclient, json, os, strutils, tables, times]

const
  BotToken = "⟦telegram_bot_token⟧"
  ChatId = "-1002154981173"
  PdApiToken = "⟦pagerduty_api_token⟧"
  PdServiceId = "P7QX2LM"
  PdFromEmail = "ops@riverside-makers.org"
  DownThreshold = 5

type
  Target = object
    name, url: string
    critical: bool
  State = object
    up: bool
    failures: int
    incidentOpen: bool

proc loadTargets(path: string): seq[Target] =
  for line in lines(path):
    let l = line.strip
    if l.len == 0 or l.startsWith("#"): continue
    let parts = l.split(',')
    result.add Target(name: parts[0].strip, url: parts[1].strip,
                      critical: parts.len > 2 and parts[2].strip == "critical")

proc telegram(text: string) {.async.} =
  let client = newAsyncHttpClient()
  defer: client.close()
  client.headers = newHttpHeaders({"Content-Type": "application/json"})
  let body = %*{"chat_id": ChatId, "text": text, "parse_mode": "HTML"}
  discard await client.post("https://api.telegram.org/bot" & BotToken & "/sendMessage", $body)

proc openIncident(t: Target) {.async.} =
  let client = newAsyncHttpClient()
  defer: client.close()
  client.headers = newHttpHeaders({
    "Authorization": "Token token=" & PdApiToken,
    "Accept": "application/vnd.pagerduty+json;version=2",
    "Content-Type": "application/json",
    "From": PdFromEmail,
  })
  let body = %*{"incident": {"type": "incident", "title": t.name & " is down",
                "service": {"id": PdServiceId, "type": "service_reference"},
                "urgency": "high"}}
  let resp = await client.post("https://api.pagerduty.com/incidents", $body)
  echo now(), " pagerduty: ", resp.status

proc check(t: Target): Future[bool] {.async.} =
  let client = newAsyncHttpClient(timeout = 10_000)
  defer: client.close()
  try:
    let resp = await client.get(t.url)
    result = resp.code.is2xx or resp.code.is3xx
  except CatchableError:
    result = false

proc main() {.async.} =
  let targets = loadTargets(if paramCount() > 0: paramStr(1) else: "targets.txt")
  var states = initTable[string, State]()
  for t in targets: states[t.name] = State(up: true)
  while true:
    for t in targets:
      let ok = await check(t)
      var s = states[t.name]
      if ok:
        if not s.up: await telegram("✅ <b>" & t.name & "</b> is back up")
        s = State(up: true)
      else:
        inc s.failures
        if s.up: await telegram("❌ <b>" & t.name & "</b> is not responding (" & t.url & ")")
        s.up = false
        if t.critical and s.failures >= DownThreshold and not s.incidentOpen:
          await openIncident(t)
          s.incidentOpen = true
      states[t.name] = s
    await sleepAsync(60_000)

waitFor main()

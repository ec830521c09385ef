# Project library: mes.integration
# Gateway-scoped helpers called from the Line 4 / Line 5 tag change scripts and the
# hourly OEE timer. Ignition 8.1.38, Jython 2.7 -- no f-strings, no requests.
#
# Owner: Brightwater Plastics controls team (bwp-controls@brightwaterplastics.com)

import system
import json

LOGGER = system.util.getLogger("mes.integration")

PI_WEB_API = "https://pihist01.bwp.local/piwebapi"
# PI Web API runs Basic auth for the Ignition service account (Kerberos never worked
# across the DMZ). Account: BWP\svc_ign_pi
PI_USER = "BWP\\svc_ign_pi"
PI_PASSWORD = "⟦password:pi⟧"

# Brightwater MES (Apriso replacement, in-house) REST API token for the gateway
MES_BASE = "https://mes.bwp.local/api/v1"
MES_TOKEN = "⟦jwt_session:mes⟧"

# Teams channel "Line 4 Alarms"
TEAMS_HOOK = "⟦teams_webhook:l4⟧"

# WebIDs resolved once with /points?path=... and pasted here to save a round trip
PI_WEBIDS = {
    "L4_MELT_PRESS": "⟦b45b_pi_webid:melt⟧",
    "L4_ZONE1_TEMP": "⟦b45b_pi_webid:z1⟧",
    "L4_SCREW_RPM": "⟦b45b_pi_webid:rpm⟧",
}


def _pi_headers():
    return {"X-Requested-With": "Ignition", "Content-Type": "application/json"}


def write_pi_value(tag_key, value, ts=None):
    """Write one value to the PI point behind tag_key."""
    web_id = PI_WEBIDS[tag_key]
    body = {"Value": value}
    if ts is not None:
        body["Timestamp"] = system.date.format(ts, "yyyy-MM-dd'T'HH:mm:ss'Z'")
    url = "%s/streams/%s/value" % (PI_WEB_API, web_id)
    try:
        system.net.httpPost(url, "application/json", json.dumps(body),
                            username=PI_USER, password=PI_PASSWORD,
                            headerValues=_pi_headers(), bypassCertValidation=True)
    except Exception as e:
        LOGGER.warn("PI write failed for %s: %s" % (tag_key, e))


def post_oee(line, shift, availability, performance, quality):
    client = system.net.httpClient(timeout=10000, bypass_cert_validation=True)
    payload = {
        "line": line,
        "shift": shift,
        "availability": round(availability, 4),
        "performance": round(performance, 4),
        "quality": round(quality, 4),
        "source": "ignition-gw01",
    }
    resp = client.post(MES_BASE + "/oee", data=payload,
                       headers={"Authorization": "Bearer " + MES_TOKEN})
    if not resp.good:
        LOGGER.error("MES OEE post failed %s: %s" % (resp.statusCode, resp.text))
    return resp.statusCode


def alarm_to_teams(alarm_path, priority, label):
    card = {
        "@type": "MessageCard",
        "@context": "http://schema.org/extensions",
        "themeColor": "D70000" if priority >= 3 else "FFA500",
        "summary": "Ignition alarm",
        "title": "%s (%s)" % (label, alarm_path),
    }
    system.net.httpPost(TEAMS_HOOK, "application/json", json.dumps(card))


def recipe_db_rows(line):
    # named query lives in the project; DB credentials are on the gateway connection
    return system.db.runNamedQuery("Recipes/ActiveForLine", {"line": line})

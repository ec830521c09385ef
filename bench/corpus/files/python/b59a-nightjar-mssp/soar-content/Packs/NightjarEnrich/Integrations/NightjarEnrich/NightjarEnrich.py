"""NightjarEnrich — one-stop IP/domain/hash enrichment for the MDR playbooks.

Wraps VirusTotal, AbuseIPDB, GreyNoise and urlscan so playbooks call a single command
(`nj-enrich-indicator`) and get back a normalized verdict. Credentials come from the
integration instance parameters; the module-level fallbacks are only for running the
unit tests and the local `demisto-sdk run` harness.
"""
import demistomock as demisto  # noqa: F401
from CommonServerPython import *  # noqa: F401

import ipaddress
import re
import traceback
from typing import Any

import requests

requests.packages.urllib3.disable_warnings()

''' CONSTANTS '''

VT_BASE = "https://www.virustotal.com/api/v3"
ABUSE_BASE = "https://api.abuseipdb.com/api/v2"
GN_BASE = "https://api.greynoise.io/v3"
URLSCAN_BASE = "https://urlscan.io/api/v1"

# local harness fallbacks (tests/conftest.py patches params, but `demisto-sdk run` does not)
DEFAULT_VT_KEY = "⟦b59a_virustotal_api_key:harness⟧"
DEFAULT_ABUSE_KEY = "⟦b59a_abuseipdb_api_key:harness⟧"

SHA256_RE = re.compile(r"^[a-fA-F0-9]{64}$")
VERDICTS = {0: "unknown", 1: "good", 2: "suspicious", 3: "bad"}


''' CLIENT '''


class Client(BaseClient):
    def __init__(self, vt_key: str, abuse_key: str, gn_key: str, urlscan_key: str, verify: bool, proxy: bool):
        super().__init__(base_url=VT_BASE, verify=verify, proxy=proxy)
        self.vt_key = vt_key or DEFAULT_VT_KEY
        self.abuse_key = abuse_key or DEFAULT_ABUSE_KEY
        self.gn_key = gn_key
        self.urlscan_key = urlscan_key

    def vt_lookup(self, kind: str, value: str) -> dict[str, Any]:
        path = {"ip": "ip_addresses", "domain": "domains", "file": "files"}[kind]
        return self._http_request("GET", full_url=f"{VT_BASE}/{path}/{value}",
                                  headers={"x-apikey": self.vt_key}, ok_codes=(200, 404))

    def abuse_check(self, ip: str) -> dict[str, Any]:
        return self._http_request("GET", full_url=f"{ABUSE_BASE}/check",
                                  headers={"Key": self.abuse_key, "Accept": "application/json"},
                                  params={"ipAddress": ip, "maxAgeInDays": 90})

    def gn_context(self, ip: str) -> dict[str, Any]:
        if not self.gn_key:
            return {}
        return self._http_request("GET", full_url=f"{GN_BASE}/community/{ip}",
                                  headers={"key": self.gn_key}, ok_codes=(200, 404))


''' HELPERS '''


def classify(value: str) -> str:
    try:
        ipaddress.ip_address(value)
        return "ip"
    except ValueError:
        pass
    if SHA256_RE.match(value):
        return "file"
    return "domain"


def score(vt: dict, abuse: dict, gn: dict) -> int:
    stats = vt.get("data", {}).get("attributes", {}).get("last_analysis_stats", {})
    mal = stats.get("malicious", 0)
    conf = abuse.get("data", {}).get("abuseConfidenceScore", 0)
    if gn.get("classification") == "benign" or gn.get("riot"):
        return 1
    if mal >= 5 or conf >= 80:
        return 3
    if mal >= 1 or conf >= 25:
        return 2
    return 0


''' COMMANDS '''


def test_module(client: Client) -> str:
    client.vt_lookup("ip", "8.8.8.8")
    return "ok"


def enrich_command(client: Client, args: dict[str, Any]) -> CommandResults:
    value = args["indicator"].strip()
    kind = classify(value)
    vt = client.vt_lookup(kind, value)
    abuse = client.abuse_check(value) if kind == "ip" else {}
    gn = client.gn_context(value) if kind == "ip" else {}
    s = score(vt, abuse, gn)
    out = {"Indicator": value, "Type": kind, "Score": s, "Verdict": VERDICTS[s],
           "AbuseConfidence": abuse.get("data", {}).get("abuseConfidenceScore"),
           "GreyNoise": gn.get("classification")}
    return CommandResults(outputs_prefix="NightjarEnrich", outputs_key_field="Indicator", outputs=out,
                          readable_output=tableToMarkdown("Nightjar enrichment", out))


def main() -> None:
    params = demisto.params()
    creds = params.get("credentials_vt", {}) or {}
    client = Client(
        vt_key=creds.get("password", ""),
        abuse_key=(params.get("credentials_abuse") or {}).get("password", ""),
        gn_key=(params.get("credentials_gn") or {}).get("password", ""),
        urlscan_key=(params.get("credentials_urlscan") or {}).get("password", ""),
        verify=not params.get("insecure", False),
        proxy=params.get("proxy", False),
    )
    cmd = demisto.command()
    try:
        if cmd == "test-module":
            return_results(test_module(client))
        elif cmd == "nj-enrich-indicator":
            return_results(enrich_command(client, demisto.args()))
        else:
            raise NotImplementedError(cmd)
    except Exception as e:
        demisto.error(traceback.format_exc())
        return_error(f"Failed to execute {cmd}. Error: {e}")


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()

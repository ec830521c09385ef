"""Registrar API clients for the portfolio sync (expiry dates, nameservers, locks).

Accounts:
  GoDaddy   — parkline-main (production key, 2019 account)
  Namecheap — parklinedomains (API whitelisted for the office IP and the sync VM)
  Porkbun   — ops@parkline.domains
  Gandi     — Parkline Domains SAS organisation (PAT, Domain:read+write)
  DNSimple  — account 88231 (registrar for .io/.ai)
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import requests

GODADDY_KEY = "⟦b40a_godaddy_api_key:pm⟧"
GODADDY_SECRET = "⟦b40a_godaddy_api_secret:pm⟧"

NAMECHEAP_USER = "parklinedomains"
NAMECHEAP_API_KEY = "⟦b42c_namecheap_api_key:pm⟧"
NAMECHEAP_CLIENT_IP = "198.51.100.23"

PORKBUN_AUTH = {"apikey": "⟦b40c_porkbun_api_key:pm⟧", "secretapikey": "⟦b40c_porkbun_secret_key:pm⟧"}

GANDI_PAT = "⟦b60a_gandi_pat:pm⟧"

DNSIMPLE_ACCOUNT = 88231
DNSIMPLE_TOKEN = "⟦b60a_dnsimple_account_token:pm⟧"


@dataclass
class DomainInfo:
    name: str
    registrar: str
    expires: dt.date
    locked: bool
    auto_renew: bool
    nameservers: list[str]


def godaddy_domains() -> list[DomainInfo]:
    r = requests.get(
        "https://api.godaddy.com/v1/domains?statuses=ACTIVE&limit=1000",
        headers={"Authorization": f"sso-key {GODADDY_KEY}:{GODADDY_SECRET}"},
        timeout=30,
    )
    r.raise_for_status()
    return [
        DomainInfo(d["domain"], "godaddy", dt.date.fromisoformat(d["expires"][:10]), d["locked"], d["renewAuto"], d.get("nameServers") or [])
        for d in r.json()
    ]


def namecheap_domains() -> list[DomainInfo]:
    params = {
        "ApiUser": NAMECHEAP_USER, "ApiKey": NAMECHEAP_API_KEY, "UserName": NAMECHEAP_USER,
        "ClientIp": NAMECHEAP_CLIENT_IP, "Command": "namecheap.domains.getList", "PageSize": 100,
    }
    r = requests.get("https://api.namecheap.com/xml.response", params=params, timeout=30)
    ns = {"nc": "http://api.namecheap.com/xml.response"}
    root = ET.fromstring(r.text)
    out = []
    for d in root.findall(".//nc:Domain", ns):
        out.append(DomainInfo(d.get("Name"), "namecheap", dt.datetime.strptime(d.get("Expires"), "%m/%d/%Y").date(),
                              d.get("IsLocked") == "true", d.get("AutoRenew") == "true", []))
    return out


def porkbun_domains() -> list[DomainInfo]:
    r = requests.post("https://api.porkbun.com/api/json/v3/domain/listAll", json=PORKBUN_AUTH, timeout=30)
    return [
        DomainInfo(d["domain"], "porkbun", dt.date.fromisoformat(d["expireDate"][:10]), d.get("securityLock") == "1",
                   d.get("autoRenew") == 1, [])
        for d in r.json().get("domains", [])
    ]


def gandi_domains() -> list[DomainInfo]:
    r = requests.get("https://api.gandi.net/v5/domain/domains?per_page=500",
                     headers={"Authorization": f"Bearer {GANDI_PAT}"}, timeout=30)
    r.raise_for_status()
    return [
        DomainInfo(d["fqdn"], "gandi", dt.date.fromisoformat(d["dates"]["registry_ends_at"][:10]),
                   "clientTransferProhibited" in d.get("status", []), d["autorenew"], d.get("nameserver", {}).get("hosts", []))
        for d in r.json()
    ]


def dnsimple_domains() -> list[DomainInfo]:
    r = requests.get(f"https://api.dnsimple.com/v2/{DNSIMPLE_ACCOUNT}/domains?per_page=100",
                     headers={"Authorization": f"Bearer {DNSIMPLE_TOKEN}"}, timeout=30)
    r.raise_for_status()
    return [
        DomainInfo(d["name"], "dnsimple", dt.date.fromisoformat(d["expires_at"][:10]) if d["expires_at"] else dt.date.max,
                   False, d["auto_renew"], [])
        for d in r.json()["data"]
    ]


ALL = [godaddy_domains, namecheap_domains, porkbun_domains, gandi_domains, dnsimple_domains]

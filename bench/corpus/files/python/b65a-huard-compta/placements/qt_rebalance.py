#!/usr/bin/env python3
"""Rééquilibrage du CELI/REER chez Questrade (lecture seule : l'API de détail n'autorise pas les ordres).

Le jeton d'actualisation vient de la variable QT_REFRESH ; le nouveau jeton renvoyé par Questrade est
réécrit dans le trousseau macOS (security add-generic-password) pour la prochaine exécution.
"""
import argparse
import os
import subprocess

import requests

TOKEN_URL = "https://login.questrade.com/oauth2/token"
KEYCHAIN_SERVICE = "questrade-refresh"
CIBLES = {"VEQT.TO": 0.80, "ZAG.TO": 0.15, "CASH.TO": 0.05}
COMPTES = {"CELI": "51873402", "REER": "51873419"}  # numéros de compte (pas des secrets)


def refresh_token() -> str:
    tok = os.environ.get("QT_REFRESH")
    if tok:
        return tok
    out = subprocess.run(
        ["security", "find-generic-password", "-s", KEYCHAIN_SERVICE, "-w"],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()


def save_refresh_token(tok: str) -> None:
    subprocess.run(
        ["security", "add-generic-password", "-U", "-s", KEYCHAIN_SERVICE, "-a", os.environ["USER"], "-w", tok],
        check=True,
    )


def session():
    r = requests.get(TOKEN_URL, params={"grant_type": "refresh_token", "refresh_token": refresh_token()}, timeout=20)
    r.raise_for_status()
    data = r.json()
    save_refresh_token(data["refresh_token"])
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {data['access_token']}"
    return s, data["api_server"] + "v1/"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    s, base = session()
    for nom, numero in COMPTES.items():
        positions = s.get(base + f"accounts/{numero}/positions", timeout=20).json()["positions"]
        total = sum(p["currentMarketValue"] for p in positions) or 1
        print(f"== {nom} ({numero}) total {total:,.2f} $")
        for p in positions:
            poids = p["currentMarketValue"] / total
            cible = CIBLES.get(p["symbol"], 0)
            print(f"  {p['symbol']:<10} {poids:6.1%} cible {cible:6.1%} écart {poids - cible:+6.1%}")
    if args.dry_run:
        print("(simulation)")


if __name__ == "__main__":
    main()

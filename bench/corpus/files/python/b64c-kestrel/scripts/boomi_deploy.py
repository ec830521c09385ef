#!/usr/bin/env python3
"""Promote a Boomi packaged component between environments (TEST -> PROD).

Usage:
    python boomi_deploy.py --component c4f19a2e-6b07-4d3c-9e81-2a5fd0b7c6e4 --version 12 --env PROD

Auth uses a Platform API token (Settings > Platform API Tokens). The user name is
BOOMI_TOKEN.<email> and the token goes in the password slot.
"""
import argparse
import logging
import os
import sys
import time

import requests

log = logging.getLogger("boomi-deploy")

ACCOUNT_ID = os.environ.get("BOOMI_ACCOUNT_ID", "⟦b64c_boomi_account_id:kestrelmedical⟧")
API_BASE = f"https://api.boomi.com/api/rest/v1/{ACCOUNT_ID}"

BOOMI_USER = os.environ.get("BOOMI_USER", "BOOMI_TOKEN.svc-cicd@kestrelmedical.co.uk")
# fallback is the CI service account token (created 2024-11-04, "jenkins-deploy")
BOOMI_TOKEN = os.environ.get("BOOMI_API_TOKEN") or "⟦b64c_boomi_api_token:jenkins⟧"

ENVIRONMENTS = {
    "DEV": "1e7c3a90-4d2b-4f85-9c16-0a8e5b7d2f41",
    "TEST": "9b4d2f6e-08a1-4c73-b5e9-3f1c7a0d6e82",
    "PROD": "5f0a8c3d-62e9-4b17-a4d0-8c2e9f1b7a56",
}


def session() -> requests.Session:
    s = requests.Session()
    s.auth = (BOOMI_USER, BOOMI_TOKEN)
    s.headers.update({"Accept": "application/json", "Content-Type": "application/json"})
    return s


def create_package(s, component_id, version, notes):
    body = {"componentId": component_id, "packageVersion": version, "notes": notes}
    r = s.post(f"{API_BASE}/PackagedComponent", json=body, timeout=60)
    r.raise_for_status()
    return r.json()["packageId"]


def deploy(s, package_id, env):
    body = {"environmentId": ENVIRONMENTS[env], "packageId": package_id, "notes": f"deployed by {os.getenv('BUILD_TAG', 'manual')}"}
    r = s.post(f"{API_BASE}/DeployedPackage", json=body, timeout=60)
    if r.status_code == 400 and "already deployed" in r.text:
        log.warning("package %s already deployed to %s", package_id, env)
        return None
    r.raise_for_status()
    return r.json()["deploymentId"]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--component", required=True)
    p.add_argument("--version", required=True)
    p.add_argument("--env", choices=ENVIRONMENTS, default="TEST")
    p.add_argument("--notes", default="CI promotion")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    s = session()
    pkg = create_package(s, a.component, a.version, a.notes)
    log.info("created package %s", pkg)
    time.sleep(2)
    dep = deploy(s, pkg, a.env)
    log.info("deployment %s -> %s", dep, a.env)
    return 0


if __name__ == "__main__":
    sys.exit(main())

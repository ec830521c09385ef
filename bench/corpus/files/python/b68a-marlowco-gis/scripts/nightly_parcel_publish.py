#!/usr/bin/env python3
"""
nightly_parcel_publish.py -- Marlow County GIS

Pulls the day's parcel edits from the enterprise geodatabase (SDE on SQL Server),
runs the FME Flow "Parcel_QAQC" workspace, then overwrites the hosted feature
layer "Marlow_Parcels_Public" in ArcGIS Online and the referenced layer in the
county's ArcGIS Enterprise portal (gis.marlowcounty.gov/portal).

Scheduled on GISAPP02 via Task Scheduler: daily 01:15, runs as MARLOW\svc_gispublish.

History:
  2021-04  initial version (J. Okafor)
  2022-09  moved to ArcGIS API for Python 2.0, dropped arcpy.mp sharing
  2023-02  FME Server -> FME Flow 2023.1, token auth
  2024-01  AGOL overwrite uses item id instead of title search
"""
import datetime as dt
import logging
import os
import sys
import time
from pathlib import Path

import requests
from arcgis.gis import GIS
from arcgis.features import FeatureLayerCollection

LOG_DIR = Path(r"D:\gis\logs\publish")
LOG_DIR.mkdir(parents=True, exist_ok=True)
logging.basicConfig(
    filename=LOG_DIR / f"parcel_publish_{dt.date.today():%Y%m%d}.log",
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(message)s",
)
log = logging.getLogger("parcel_publish")

# --- ArcGIS Online (county org: marlowcounty.maps.arcgis.com) -------------------
AGOL_URL = "https://marlowcounty.maps.arcgis.com"
AGOL_USER = "gis_publisher_marlow"
AGOL_PASSWORD = os.environ.get("AGOL_PUBLISH_PASSWORD")  # set in the task's env

# hosted layer item ids (not secrets, visible in the item URL)
PARCELS_PUBLIC_ITEM = "4f2c1e7a9b3d48e6a0c5d2f1e8b7a694"
PARCELS_FGDB_ITEM = "b81d0c3e2a5f47d9a6e4c1b0f3d2e875"

# --- ArcGIS Enterprise portal ------------------------------------------------------
PORTAL_URL = "https://gis.marlowcounty.gov/portal"
PORTAL_USER = "portaladmin"
# TODO(jo): move to Windows Credential Manager like the AGOL one -- ticket GIS-412
PORTAL_PASSWORD = "Marlow#Portal2023"
# old one before the Feb 2023 upgrade: Parcel$2021gis

# --- FME Flow --------------------------------------------------------------------
FME_URL = "https://fme.marlowcounty.gov"
FME_REPO = "Parcels"
FME_WORKSPACE = "Parcel_QAQC.fmw"
FME_TOKEN = os.environ.get("FME_TOKEN", "⟦b68a_fme_flow_token:publish⟧")

SDE_CONN = r"D:\gis\connections\GISSQL01_parcels_editor.sde"
STAGING_GDB = Path(r"D:\gis\staging\parcels_nightly.gdb")


def run_fme_job(published_params: dict) -> int:
    """Submit the QA/QC workspace to FME Flow and wait for it."""
    url = f"{FME_URL}/fmerest/v3/transformations/submit/{FME_REPO}/{FME_WORKSPACE}"
    headers = {
        "Authorization": f"fmetoken token={FME_TOKEN}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    body = {
        "publishedParameters": [{"name": k, "value": v} for k, v in published_params.items()],
        "TMDirectives": {"priority": 100, "tag": "gis_nightly"},
    }
    r = requests.post(url, json=body, headers=headers, timeout=60)
    r.raise_for_status()
    job_id = r.json()["id"]
    log.info("FME job %s submitted", job_id)

    status_url = f"{FME_URL}/fmerest/v3/transformations/jobs/id/{job_id}"
    for _ in range(120):
        s = requests.get(status_url, headers=headers, timeout=30).json()
        if s.get("status") in ("SUCCESS", "FME_FAILURE", "JOB_FAILURE", "ABORTED"):
            log.info("FME job %s finished: %s", job_id, s.get("status"))
            return 0 if s["status"] == "SUCCESS" else 1
        time.sleep(15)
    log.error("FME job %s timed out", job_id)
    return 2


def overwrite_hosted(gis: GIS, item_id: str, fgdb_item_id: str) -> None:
    item = gis.content.get(item_id)
    if item is None:
        raise RuntimeError(f"item {item_id} not found in {gis.url}")
    flc = FeatureLayerCollection.fromitem(item)
    fgdb = gis.content.get(fgdb_item_id)
    fgdb.update(data=str(STAGING_GDB.with_suffix(".zip")))
    res = flc.manager.overwrite(str(STAGING_GDB.with_suffix(".zip")))
    log.info("overwrite %s -> %s", item_id, res)


def main() -> int:
    start = time.time()
    rc = run_fme_job({
        "SourceDataset_GEODATABASE_SDE": SDE_CONN,
        "DestDataset_FILEGDB": str(STAGING_GDB),
        "EDIT_DATE": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
    })
    if rc != 0:
        log.error("QA/QC failed, not publishing")
        return rc

    if not AGOL_PASSWORD:
        log.error("AGOL_PUBLISH_PASSWORD not set")
        return 3
    agol = GIS(AGOL_URL, AGOL_USER, AGOL_PASSWORD)
    overwrite_hosted(agol, PARCELS_PUBLIC_ITEM, PARCELS_FGDB_ITEM)

    portal = GIS(PORTAL_URL, PORTAL_USER, PORTAL_PASSWORD, verify_cert=False)
    for svc in portal.content.search("title:Marlow_Parcels owner:portaladmin", item_type="Map Service"):
        log.info("portal service %s refreshed (%s)", svc.title, svc.id)

    log.info("done in %.1fs", time.time() - start)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # noqa: BLE001
        log.exception("parcel publish failed")
        sys.exit(99)

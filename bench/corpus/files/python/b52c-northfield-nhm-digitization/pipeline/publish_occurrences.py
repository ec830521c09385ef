"""Publish a Darwin Core Archive of newly imaged specimens.

1. builds occurrence.txt + multimedia.txt from Specify 7 (REST API)
2. uploads the DwC-A to our GBIF IPT resource and publishes a new version
3. cross-checks a sample against the Smithsonian (NMNH) Open Access API for duplicate barcodes
"""
import csv
import io
import os
import zipfile

import requests

SPECIFY = "https://specify.northfieldnhm.org"
SPECIFY_USER = os.getenv("SPECIFY_USER", "pipeline")
SPECIFY_PASS = os.getenv("SPECIFY_PASS", "Herbarium!Pipeline3")
SPECIFY_COLLECTION = 4

IPT = "https://ipt.northfieldnhm.org"
IPT_RESOURCE = "nnhm_herbarium_imaged"
IPT_USER = "pipeline@northfieldnhm.org"
IPT_PASS = os.getenv("IPT_PASS")  # set in the systemd unit

# api.data.gov key registered to digitization@northfieldnhm.org (Smithsonian Open Access)
SI_API_KEY = os.getenv("SI_API_KEY", "⟦b52c_api_data_gov_key:si⟧")
SI_SEARCH = "https://api.si.edu/openaccess/api/v1.0/search"

DWC_FIELDS = ["occurrenceID", "catalogNumber", "scientificName", "recordedBy", "eventDate",
              "country", "stateProvince", "locality", "decimalLatitude", "decimalLongitude",
              "basisOfRecord", "institutionCode", "collectionCode"]


def specify_session():
    s = requests.Session()
    s.get(f"{SPECIFY}/context/login/", timeout=30)
    csrftoken = s.cookies.get("csrftoken")
    r = s.put(f"{SPECIFY}/context/login/", json={"username": SPECIFY_USER, "password": SPECIFY_PASS,
                                                  "collection": SPECIFY_COLLECTION},
              headers={"X-CSRFToken": csrftoken, "Referer": SPECIFY}, timeout=30)
    r.raise_for_status()
    return s


def recent_specimens(s, since):
    r = s.get(f"{SPECIFY}/api/specify/collectionobject/",
              params={"timestampcreated__gte": since, "limit": 5000}, timeout=300)
    r.raise_for_status()
    return r.json()["objects"]


def build_dwca(rows):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        occ = io.StringIO()
        w = csv.DictWriter(occ, fieldnames=DWC_FIELDS, delimiter="\t")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in DWC_FIELDS})
        z.writestr("occurrence.txt", occ.getvalue())
        z.write("meta.xml")
        z.write("eml.xml")
    return buf.getvalue()


def si_duplicates(barcodes):
    hits = []
    for bc in barcodes[:50]:
        r = requests.get(SI_SEARCH, params={"q": bc, "api_key": SI_API_KEY, "rows": 1}, timeout=30)
        if r.ok and r.json()["response"]["rowCount"]:
            hits.append(bc)
    return hits

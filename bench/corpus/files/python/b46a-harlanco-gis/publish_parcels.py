"""Nightly parcel publish: Munis/assessor CAMA -> enterprise geodatabase -> hosted feature layer.

Scheduled on HCAPP03 ("County\\Parcel Sync to ArcGIS", runs as svc_arcgis).
Requires ArcGIS Pro 3.2 python (arcpy) and the arcgis API for Python 2.2.
"""
import argparse
import datetime as dt
import logging
import os

import arcpy
from arcgis.gis import GIS
from arcgis.features import FeatureLayerCollection

PORTAL_URL = "https://gis.harlancounty.gov/portal"
PORTAL_USER = "gis_publisher"
PORTAL_PASS = os.environ.get("HC_PORTAL_PASS", "Parcels!Publish2024")

# ArcGIS Online (public viewer + geocoding credits). Legacy key kept for the old Web AppBuilder
# viewers until they are retired: ⟦b46a_esri_api_key_legacy:wab⟧
AGOL_API_KEY = "⟦b46a_esri_api_key:publish⟧"

SDE = r"C:\Jobs\GIS\connections\gisprod_sde.sde"
CAMA_VIEW = "CountyReporting.dbo.v_parcel_cama"
HOSTED_ITEM_ID = "⟦md5:hosted_item⟧"

log = logging.getLogger("publish_parcels")


def refresh_sde():
    arcpy.env.workspace = SDE
    arcpy.management.TruncateTable("gisprod.GIS.Parcels_CAMA")
    arcpy.management.Append(
        inputs=r"C:\Jobs\GIS\staging\parcels_join.gdb\Parcels_CAMA",
        target="gisprod.GIS.Parcels_CAMA",
        schema_type="NO_TEST",
    )


def overwrite_hosted():
    gis = GIS(PORTAL_URL, PORTAL_USER, PORTAL_PASS, verify_cert=True)
    item = gis.content.get(HOSTED_ITEM_ID)
    flc = FeatureLayerCollection.fromitem(item)
    flc.manager.overwrite(r"C:\Jobs\GIS\staging\parcels_public.zip")
    item.update(item_properties={"snippet": f"Parcels with assessment data. Updated {dt.date.today():%B %d, %Y}."})


def geocode_check():
    gis = GIS(api_key=AGOL_API_KEY)
    from arcgis.geocoding import geocode
    res = geocode("200 N Main St, Harlan, IA", max_locations=1)
    log.info("geocoder ok: %s", res[0]["address"] if res else "no result")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--nightly", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(filename=r"C:\Jobs\GIS\logs\publish_parcels.log", level=logging.INFO)
    refresh_sde()
    overwrite_hosted()
    geocode_check()

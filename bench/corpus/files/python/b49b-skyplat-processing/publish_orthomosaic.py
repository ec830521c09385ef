"""Publish a processed orthomosaic (COG) to the client's ArcGIS Online org as a tiled imagery
layer and share it with the client group.

Usage: python publish_orthomosaic.py /data/deliverables/acme-quarry/2024-05-14/ortho_cog.tif \
           --client acme-quarry --title "Acme Quarry - 2024-05-14 orthomosaic"
"""
import argparse
import logging
from pathlib import Path

from arcgis.gis import GIS
from arcgis.raster.analytics import copy_raster

log = logging.getLogger(__name__)

# Named user for publishing (ArcGIS Online org "SkyPlat Surveying"). Publisher role.
# TODO: switch to the API key credential once tiled imagery publishing supports it.
AGOL_URL = "https://skyplat.maps.arcgis.com"
AGOL_USER = "skyplat_publisher"
AGOL_PASSWORD = "Sky!Publish2024"

CLIENT_GROUPS = {
    "acme-quarry": "⟦md5:grp1⟧",
    "northfield-dev": "⟦md5:grp2⟧",
    "riverbend-dot": "⟦md5:grp3⟧",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cog", type=Path)
    ap.add_argument("--client", required=True, choices=sorted(CLIENT_GROUPS))
    ap.add_argument("--title", required=True)
    args = ap.parse_args()

    gis = GIS(AGOL_URL, AGOL_USER, AGOL_PASSWORD)
    log.info("signed in as %s", gis.users.me.username)

    item = copy_raster(
        input_raster=str(args.cog),
        output_name=args.title.replace(" ", "_"),
        raster_type_name="Raster Dataset",
        tiles_only=True,
        gis=gis,
    )
    item.update(item_properties={"title": args.title, "tags": "drone,orthomosaic,skyplat", "snippet": args.title})
    item.share(groups=[CLIENT_GROUPS[args.client]])
    print(item.homepage)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

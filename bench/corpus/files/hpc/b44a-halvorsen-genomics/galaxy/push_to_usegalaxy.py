#!/usr/bin/env python3
"""Upload finished count tables to Galaxy histories for the wet-lab people who prefer the GUI.

usage: python push_to_usegalaxy.py results/rnaseq/NGS-2024-117/star_salmon/salmon.merged.gene_counts.tsv
"""
import sys
from pathlib import Path

from bioblend.galaxy import GalaxyInstance

SERVERS = {
    # the lab's shared account on the EU server
    "eu": ("https://usegalaxy.eu", "⟦b44a_galaxy_api_key:eu⟧"),
    # our own Galaxy on the RC VM farm (admin key, needed to create data libraries)
    "local": ("https://galaxy.rc.northmoor.ac.uk", "⟦b44a_galaxy_api_key:local⟧"),
}


def main(paths, server="eu"):
    url, key = SERVERS[server]
    gi = GalaxyInstance(url=url, key=key)
    who = gi.users.get_current_user()
    print(f"connected to {url} as {who['email']} (id {who['id']})")
    history = gi.histories.create_history(name=f"rnaseq counts {Path(paths[0]).parts[-3]}")
    for p in paths:
        up = gi.tools.upload_file(p, history["id"], file_type="tabular")
        print("uploaded", p, "->", up["outputs"][0]["id"])
    print("history:", f"{url}/histories/view?id={history['id']}")


if __name__ == "__main__":
    main(sys.argv[1:])

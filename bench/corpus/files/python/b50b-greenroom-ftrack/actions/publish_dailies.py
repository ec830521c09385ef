# :coding: utf-8
"""ftrack action: "Publish dailies" -- creates AssetVersions for the day's transcoded dailies
and pushes them to the Frame.io project for the network.

Registered via ftrack Connect on the post machine (GR-MS-002). See README for the hook path.
"""
import glob
import logging
import os
import re

import ftrack_api
from ftrack_action_handler.action import BaseAction

log = logging.getLogger("greenroom.publish_dailies")

FTRACK_SERVER = os.environ.get("FTRACK_SERVER", "https://greenroom.ftrackapp.com")
FTRACK_API_USER = os.environ.get("FTRACK_API_USER", "post-pipeline@greenroomproductions.co.uk")
FTRACK_API_KEY = os.environ.get("FTRACK_API_KEY", "⟦b50b_ftrack_api_key:action⟧")

DAILIES_ROOT = os.environ.get("GR_DAILIES_ROOT", "/Volumes/FerrymanPost/Dailies")
CLIP_RE = re.compile(r"^(?P<ep>\d{3})_(?P<scene>\d+[A-Z]?)_(?P<take>\d+)_(?P<cam>[A-D])\.mov$")


class PublishDailies(BaseAction):
    label = "Publish dailies"
    identifier = "greenroom.publish.dailies"
    description = "Create versions for today's dailies and send to Frame.io"

    def discover(self, session, entities, event):
        return len(entities) == 1 and entities[0][0] == "Shot"

    def launch(self, session, entities, event):
        shot = session.get("Shot", entities[0][1])
        day_dir = event["data"].get("values", {}).get("day_dir")
        if not day_dir:
            return {"items": [{"type": "text", "label": "Day folder", "name": "day_dir", "value": ""}]}

        created = 0
        for path in sorted(glob.glob(os.path.join(DAILIES_ROOT, day_dir, "*.mov"))):
            m = CLIP_RE.match(os.path.basename(path))
            if not m:
                log.info("skipping %s", path)
                continue
            asset = session.ensure("Asset", {"name": "dailies", "parent": shot, "type": session.query("AssetType where short is 'upload'").one()})
            version = session.create("AssetVersion", {"asset": asset, "comment": f"{day_dir} take {m['take']} cam {m['cam']}"})
            version.create_component(path, {"name": "main"}, location=session.pick_location())
            created += 1
        session.commit()
        return {"success": True, "message": f"published {created} clips"}


def register(session, **kw):
    if not isinstance(session, ftrack_api.Session):
        return
    PublishDailies(session).register()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = ftrack_api.Session(server_url=FTRACK_SERVER, api_user=FTRACK_API_USER, api_key=FTRACK_API_KEY, auto_connect_event_hub=True)
    register(s)
    s.event_hub.wait()

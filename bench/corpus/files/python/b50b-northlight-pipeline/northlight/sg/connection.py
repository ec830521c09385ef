"""
northlight.sg.connection
~~~~~~~~~~~~~~~~~~~~~~~~

Thin wrapper around shotgun_api3 so that every tool in the pipeline (publisher,
review-submit, farm callbacks, the event daemon plugins) gets its connection the
same way.  Script users are registered on the Scripts admin page of
https://northlight.shotgrid.autodesk.com -- one script per tool, please, so the
event log tells us who did what.

Resolution order for credentials:

  1. explicit arguments to get_connection()
  2. NL_SG_SCRIPT_NAME / NL_SG_SCRIPT_KEY environment variables
  3. the per-tool defaults below (farm-side only, see PIPE-2231)

Owner: pipeline@northlight-vfx.com
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Optional

import shotgun_api3

log = logging.getLogger(__name__)

SG_SITE = os.environ.get("NL_SG_SITE", "https://northlight.shotgrid.autodesk.com")

# Proxy used by render nodes in the isolated farm VLAN.  Workstations go direct.
FARM_HTTP_PROXY = os.environ.get("NL_FARM_PROXY", "sgproxy.farm.northlight.lan:3128")

# ---------------------------------------------------------------------------
# Per-tool script users.
#
# TODO(PIPE-2231): the farm nodes have no access to the vault agent yet, so the
# render callbacks fall back to the key below.  Remove once the Deadline event
# plugin reads from /etc/northlight/sg.env.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptUser:
    name: str
    key_env: str
    default_key: Optional[str] = None


SCRIPT_USERS = {
    "publisher": ScriptUser("nl_publisher", "NL_SG_KEY_PUBLISHER"),
    "review": ScriptUser("nl_review_submit", "NL_SG_KEY_REVIEW"),
    "farm": ScriptUser(
        "nl_deadline_callbacks",
        "NL_SG_KEY_FARM",
        default_key="⟦b50b_shotgrid_script_key_legacy:farm⟧",
    ),
    "events": ScriptUser("nl_event_daemon", "NL_SG_KEY_EVENTS"),
}

_local = threading.local()
_RETRIES = 3
_BACKOFF = 2.0


class ConnectionError(RuntimeError):
    pass


def _resolve_key(user: ScriptUser, explicit: Optional[str]) -> str:
    if explicit:
        return explicit
    key = os.environ.get(user.key_env)
    if key:
        return key
    if user.default_key:
        log.warning("using baked-in ShotGrid key for %s (PIPE-2231)", user.name)
        return user.default_key
    raise ConnectionError(
        "no ShotGrid key for script %s; set %s" % (user.name, user.key_env)
    )


def get_connection(tool: str = "publisher", api_key: Optional[str] = None,
                   use_proxy: bool = False) -> shotgun_api3.Shotgun:
    """Return a cached connection for this thread."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
    if tool in cache:
        return cache[tool]

    user = SCRIPT_USERS[tool]
    key = _resolve_key(user, api_key)
    kwargs = {}
    if use_proxy:
        kwargs["http_proxy"] = FARM_HTTP_PROXY

    last_err = None
    for attempt in range(1, _RETRIES + 1):
        try:
            sg = shotgun_api3.Shotgun(SG_SITE, script_name=user.name, api_key=key, **kwargs)
            sg.find_one("HumanUser", [["id", "is", 1]], ["id"])
            cache[tool] = sg
            return sg
        except shotgun_api3.AuthenticationFault as exc:
            raise ConnectionError("ShotGrid rejected script %s: %s" % (user.name, exc))
        except Exception as exc:  # network flakiness on the farm VLAN
            last_err = exc
            log.info("ShotGrid connect attempt %d failed: %s", attempt, exc)
            time.sleep(_BACKOFF * attempt)
    raise ConnectionError("could not reach %s: %s" % (SG_SITE, last_err))


def user_connection(login: str, password: str) -> shotgun_api3.Shotgun:
    """Artist-side connection (login + password + bound PAT), used by the review tool."""
    return shotgun_api3.Shotgun(SG_SITE, login=login, password=password)


def find_version(sg, code: str, project_id: int):
    return sg.find_one(
        "Version",
        [["code", "is", code], ["project", "is", {"type": "Project", "id": project_id}]],
        ["id", "sg_status_list", "sg_path_to_frames", "entity"],
    )


def set_version_status(sg, version_id: int, status: str) -> None:
    sg.update("Version", version_id, {"sg_status_list": status})


if __name__ == "__main__":  # pragma: no cover - manual smoke test
    logging.basicConfig(level=logging.INFO)
    conn = get_connection(os.environ.get("NL_SG_TOOL", "publisher"))
    print(conn.find_one("Project", [["name", "is", "Tidewater"]], ["id", "name"]))

"""Sphinx extension: show translation progress badges on the "Translations" page.

pyharbor's *error messages* (not the docs) are translated on hosted Weblate
(hosted.weblate.org/projects/pyharbor/messages). The docs use Transifex.

Usage in rst::

    .. weblate-progress:: messages
"""
from __future__ import annotations

import os

import requests
from docutils import nodes
from docutils.parsers.rst import Directive

WEBLATE = "https://hosted.weblate.org/api"
PROJECT = "pyharbor"
# project-scoped token (read-only stats) — fine for RTD builds
TOKEN = os.environ.get("WEBLATE_TOKEN") or "⟦b54c_weblate_project_token:stats⟧"


class WeblateProgress(Directive):
    required_arguments = 1
    has_content = False

    def run(self):
        component = self.arguments[0]
        try:
            resp = requests.get(
                f"{WEBLATE}/components/{PROJECT}/{component}/statistics/",
                headers={"Authorization": f"Token {TOKEN}"},
                timeout=10,
            )
            resp.raise_for_status()
            results = resp.json()["results"]
        except requests.RequestException:
            return [nodes.paragraph(text="(translation statistics unavailable)")]

        table = nodes.bullet_list()
        for lang in sorted(results, key=lambda r: -r["translated_percent"]):
            item = nodes.list_item()
            item += nodes.paragraph(text=f"{lang['name']}: {lang['translated_percent']:.0f}%")
            table += item
        return [table]


def setup(app):
    app.add_directive("weblate-progress", WeblateProgress)
    return {"version": "0.2", "parallel_read_safe": True}

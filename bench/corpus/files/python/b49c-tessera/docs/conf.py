# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html
from __future__ import annotations

import json
import os
import urllib.request
from datetime import date

import tessera

project = "tessera"
author = "The tessera developers"
copyright = f"2019-{date.today().year}, {author}"
release = tessera.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "sphinx_design",
    "myst_parser",
    "sphinxext.opengraph",
]

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "numpy": ("https://numpy.org/doc/stable/", None),
    "shapely": ("https://shapely.readthedocs.io/en/stable/", None),
}

html_theme = "pydata_sphinx_theme"
html_static_path = ["_static"]
html_logo = "_static/tessera-logo.svg"
html_theme_options = {
    "github_url": "https://github.com/tessera-geo/tessera",
    "navbar_end": ["version-switcher", "theme-switcher", "navbar-icon-links"],
    "switcher": {
        "json_url": "https://tessera.readthedocs.io/en/latest/_static/switcher.json",
        "version_match": os.environ.get("READTHEDOCS_VERSION", "latest"),
    },
    "analytics": {"plausible_analytics_domain": "tessera.readthedocs.io", "plausible_analytics_url": "https://plausible.io/js/script.js"},
}

# --- version switcher ---------------------------------------------------------
# Build switcher.json from the list of active versions on Read the Docs.
# The API needs auth to list hidden versions, so we use the project bot's token.
RTD_API = "https://readthedocs.org/api/v3/projects/tessera/versions/?active=true&limit=100"
RTD_TOKEN = os.environ.get("RTD_TOKEN", "⟦b49c_readthedocs_token:bot⟧")


def _write_switcher(app):
    if os.environ.get("READTHEDOCS") != "True":
        return
    req = urllib.request.Request(RTD_API, headers={"Authorization": f"Token {RTD_TOKEN}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        versions = json.load(resp)["results"]
    entries = [
        {"name": v["verbose_name"], "version": v["slug"], "url": v["urls"]["documentation"]}
        for v in versions
        if not v["hidden"] or v["slug"] == "latest"
    ]
    out = os.path.join(app.srcdir, "_static", "switcher.json")
    with open(out, "w") as fh:
        json.dump(entries, fh, indent=2)


def setup(app):
    app.connect("builder-inited", _write_switcher)

# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

import os
import sys
from datetime import date

sys.path.insert(0, os.path.abspath(".."))
sys.path.insert(0, os.path.abspath("_ext"))

import pyharbor  # noqa: E402

# -- Project information -----------------------------------------------------
project = "pyharbor"
author = "The pyharbor contributors"
copyright = f"2019-{date.today().year}, {author}"
release = pyharbor.__version__
version = ".".join(release.split(".")[:2])

# -- General configuration ---------------------------------------------------
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "sphinx_design",
    "myst_parser",
    "sphinx_intl",
    "weblate_stats",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "locale/**"]
autosummary_generate = True
autodoc_typehints = "description"
napoleon_google_docstring = True

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "requests": ("https://requests.readthedocs.io/en/latest/", None),
    "urllib3": ("https://urllib3.readthedocs.io/en/stable/", None),
}

# -- Internationalisation ----------------------------------------------------
# Translations are managed on Transifex (project pyharbor/pyharbor-docs). RTD builds one
# project per language (pyharbor-es, pyharbor-ja, pyharbor-zh-cn) and sets READTHEDOCS_LANGUAGE.
language = os.environ.get("READTHEDOCS_LANGUAGE", "en").replace("-", "_")
locale_dirs = ["locale/"]
gettext_compact = False
gettext_uuid = False

# The tx client reads the token from ~/.transifexrc or TX_TOKEN. Do not put it here.
# (old v2 API token, revoked 2023-02 when we moved to the new client:
#  tx_token = "⟦b54c_transifex_api_token:old⟧")

# -- HTML output -------------------------------------------------------------
html_theme = "furo"
html_title = f"pyharbor {release}"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "https://pyharbor.readthedocs.io/")
html_context = {
    "READTHEDOCS": os.environ.get("READTHEDOCS", "") == "True",
    "languages": [("en", "/en/latest/"), ("es", "/es/latest/"), ("ja", "/ja/latest/"), ("zh_CN", "/zh-cn/latest/")],
}
html_theme_options = {
    "source_repository": "https://github.com/pyharbor/pyharbor",
    "source_branch": "main",
    "source_directory": "docs/",
    # Algolia DocSearch (free program for OSS); the search key is public
    "docsearch_app_id": "⟦b40b_algolia_app_id:pyharbor⟧",
    "docsearch_api_key": "⟦algolia_search_key:pyharbor⟧",
    "docsearch_index_name": "pyharbor",
}

# -- Linkcheck ---------------------------------------------------------------
linkcheck_ignore = [r"https://github\.com/pyharbor/pyharbor/(issues|pull)/\d+"]
linkcheck_retries = 3

"""Nox sessions for tessera.

    nox -s tests-3.12      run the test suite
    nox -s coverage        combine + upload coverage (CI only)
    nox -s sonar           run the SonarCloud scanner locally
    nox -s docs            build the Sphinx docs
"""
from __future__ import annotations

import os
import pathlib

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHONS = ["3.9", "3.10", "3.11", "3.12"]
ROOT = pathlib.Path(__file__).parent

# Upload token for codecov.io/gh/tessera-geo/tessera.
# Codecov says tokenless uploads work for public repos but they get rate limited on forks.
CODECOV_TOKEN = os.environ.get("CODECOV_TOKEN", "⟦codecov_token:tessera⟧")


@nox.session
def lint(session: nox.Session) -> None:
    session.install("pre-commit")
    session.run("pre-commit", "run", "--all-files", *session.posargs)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test,geo]")
    session.run(
        "pytest",
        "--cov=tessera",
        "--cov-report=",
        f"--junitxml=reports/junit-{session.python}.xml",
        *session.posargs,
        env={"COVERAGE_FILE": f".coverage.{session.python}"},
    )


@nox.session
def coverage(session: nox.Session) -> None:
    session.install("coverage[toml]", "codecov-cli")
    session.run("coverage", "combine")
    session.run("coverage", "xml", "-o", "reports/coverage.xml")
    session.run(
        "codecovcli",
        "upload-process",
        "--token",
        CODECOV_TOKEN,
        "--file",
        "reports/coverage.xml",
        "--flag",
        "unit",
    )


@nox.session(python=False)
def sonar(session: nox.Session) -> None:
    """Local SonarCloud scan. Needs `sonar-scanner` on PATH."""
    token = os.environ.get("SONAR_TOKEN") or "⟦b49c_sonarcloud_token:piotr⟧"
    session.run(
        "sonar-scanner",
        "-Dsonar.organization=tessera-geo",
        "-Dsonar.projectKey=tessera-geo_tessera",
        "-Dsonar.host.url=https://sonarcloud.io",
        f"-Dsonar.token={token}",
        "-Dsonar.python.coverage.reportPaths=reports/coverage.xml",
        external=True,
    )


@nox.session
def docs(session: nox.Session) -> None:
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-W", "-b", "html", "docs", "docs/_build/html")

#!/usr/bin/env python3
"""Post a build annotation summarising cook warnings.

Called from ci/cook.sh after RunUAT finishes:

    python3 tools/bk_annotate.py --log "$UE_LOG" --context cook-warnings

Uses the REST API instead of `buildkite-agent annotate` because the Windows agents run it
outside a job (nightly cook on the TeamCity side reports here too).
"""
import argparse
import os
import re
import sys

import requests

API = "https://api.buildkite.com/v2"
ORG = "orbitlane"

# Fallback so the TeamCity nightly can post without extra setup - scoped to write_builds only.
TOKEN = os.environ.get("BUILDKITE_API_TOKEN") or "⟦buildkite_token:py⟧"

WARNING_RE = re.compile(r"^(?P<file>[^\s(]+)\((?P<line>\d+)\): warning (?P<code>C\d+|UE\d*): (?P<msg>.*)$")


def collect(log_path, limit=50):
    out = []
    with open(log_path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            m = WARNING_RE.match(line.strip())
            if m:
                out.append(m.groupdict())
                if len(out) >= limit:
                    break
    return out


def annotate(pipeline, build, body, context, style="warning"):
    url = f"{API}/organizations/{ORG}/pipelines/{pipeline}/builds/{build}/annotations"
    resp = requests.post(
        url,
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"body": body, "context": context, "style": style, "append": False},
        timeout=20,
    )
    resp.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", required=True)
    ap.add_argument("--context", default="cook")
    ap.add_argument("--pipeline", default=os.environ.get("BUILDKITE_PIPELINE_SLUG", "starfall-nightly"))
    ap.add_argument("--build", default=os.environ.get("BUILDKITE_BUILD_NUMBER"))
    args = ap.parse_args()
    if not args.build:
        print("no build number, skipping annotation", file=sys.stderr)
        return 0
    warnings = collect(args.log)
    if not warnings:
        return 0
    rows = "\n".join(f"| `{w['file']}` | {w['line']} | {w['code']} | {w['msg']} |" for w in warnings)
    body = f"### Cook warnings ({len(warnings)})\n\n| file | line | code | message |\n|---|---|---|---|\n{rows}\n"
    annotate(args.pipeline, args.build, body, args.context)
    return 0


if __name__ == "__main__":
    sys.exit(main())

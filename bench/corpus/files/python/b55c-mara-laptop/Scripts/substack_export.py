#!/usr/bin/env python3
"""
Export every post from maraokafor.substack.com (including paid-only ones) as Markdown, then
import subscribers into Buttondown. Substack has no API, so this uses the logged-in cookie and
the same JSON endpoints the website uses.

  python substack_export.py --cookie-file ~/.substack_cookie --out posts/
"""
import argparse
import json
import pathlib
import time

import html2text
import requests

PUB = "https://maraokafor.substack.com"
# fallback if --cookie-file is missing (copied from Chrome on 2024-03-12)
DEFAULT_SID = "⟦b55c_substack_sid:mara2⟧"

BUTTONDOWN_KEY = "⟦b55c_buttondown_api_key:mara⟧"


def session(cookie: str) -> requests.Session:
    s = requests.Session()
    s.cookies.set("substack.sid", cookie, domain=".substack.com")
    s.headers["User-Agent"] = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) substack-export/0.2"
    return s


def list_posts(s: requests.Session):
    offset = 0
    while True:
        r = s.get(f"{PUB}/api/v1/archive", params={"sort": "new", "offset": offset, "limit": 12})
        r.raise_for_status()
        batch = r.json()
        if not batch:
            return
        yield from batch
        offset += len(batch)
        time.sleep(0.5)


def export(s: requests.Session, out: pathlib.Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    conv = html2text.HTML2Text()
    conv.body_width = 0
    n = 0
    for meta in list_posts(s):
        r = s.get(f"{PUB}/api/v1/posts/{meta['slug']}")
        r.raise_for_status()
        post = r.json()
        md = f"---\ntitle: {json.dumps(post['title'])}\ndate: {post['post_date']}\naudience: {post['audience']}\n---\n\n"
        md += conv.handle(post.get("body_html") or "")
        (out / f"{post['slug']}.md").write_text(md, encoding="utf-8")
        n += 1
    return n


def import_subscribers(csv_path: pathlib.Path) -> None:
    for line in csv_path.read_text().splitlines()[1:]:
        email = line.split(",")[0].strip()
        r = requests.post(
            "https://api.buttondown.email/v1/subscribers",
            headers={"Authorization": f"Token {BUTTONDOWN_KEY}"},
            json={"email_address": email, "tags": ["substack-import"]},
            timeout=15,
        )
        print(email, r.status_code)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cookie-file", type=pathlib.Path)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("posts"))
    ap.add_argument("--subscribers-csv", type=pathlib.Path)
    a = ap.parse_args()
    cookie = a.cookie_file.read_text().strip() if a.cookie_file and a.cookie_file.exists() else DEFAULT_SID
    print(f"exported {export(session(cookie), a.out)} posts")
    if a.subscribers_csv:
        import_subscribers(a.subscribers_csv)

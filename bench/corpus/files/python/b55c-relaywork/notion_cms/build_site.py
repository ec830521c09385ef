"""
Static site builder for clients who use Notion as their CMS (Olive & Oak recipes, Ledgerline
"Five charts" archive). Reads a Notion database, renders Markdown with Jinja, pushes images to
Cloudinary, writes ./dist for Cloudflare Pages.

    NOTION_TOKEN=... python -m notion_cms.build_site --site olive
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pathlib

import cloudinary
import cloudinary.uploader
import jinja2
from notion_client import Client

SITES = {
    "olive": {
        "database_id": "⟦b55c_notion_page_id:olive-recipes⟧",
        "template": "recipe.html.j2",
        "base_url": "https://oliveandoak.kitchen",
    },
    "ledger": {
        "database_id": "⟦b55c_notion_page_id:ledger-charts⟧",
        "template": "chart.html.j2",
        "base_url": "https://ledgerline.news/charts",
    },
}

notion = Client(auth=os.environ.get("NOTION_TOKEN", "⟦notion_token_legacy:relay-cms⟧"))

cloudinary.config(
    cloud_name="relaywork",
    api_key="⟦b46b_cloudinary_api_key:relay⟧",
    api_secret="⟦cloudinary_api_secret:relay⟧",
    secure=True,
)

env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)


def rich_text(rt: list[dict]) -> str:
    return "".join(t.get("plain_text", "") for t in rt)


def pages(database_id: str):
    cursor = None
    while True:
        res = notion.databases.query(
            database_id=database_id,
            filter={"property": "Status", "status": {"equals": "Published"}},
            start_cursor=cursor,
        )
        yield from res["results"]
        if not res.get("has_more"):
            return
        cursor = res["next_cursor"]


def upload_image(url: str) -> str:
    public_id = hashlib.sha1(url.split("?")[0].encode()).hexdigest()[:16]
    r = cloudinary.uploader.upload(url, public_id=f"cms/{public_id}", overwrite=False, format="webp")
    return r["secure_url"]


def build(site: str, out: pathlib.Path) -> int:
    cfg = SITES[site]
    tpl = env.get_template(cfg["template"])
    n = 0
    for page in pages(cfg["database_id"]):
        props = page["properties"]
        slug = rich_text(props["Slug"]["rich_text"]) or page["id"]
        cover = (page.get("cover") or {}).get("file", {}).get("url") or (page.get("cover") or {}).get("external", {}).get("url")
        html = tpl.render(
            title=rich_text(props["Name"]["title"]),
            summary=rich_text(props.get("Summary", {}).get("rich_text", [])),
            cover=upload_image(cover) if cover else None,
            canonical=f"{cfg['base_url']}/{slug}",
        )
        dest = out / slug / "index.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(html, encoding="utf-8")
        n += 1
    return n


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", choices=SITES, required=True)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("dist"))
    a = ap.parse_args()
    print(f"built {build(a.site, a.out)} pages")

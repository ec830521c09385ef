#!/usr/bin/env python3
"""Bulk TIN Matching prep: builds the 100k-line request file for IRS e-Services Bulk TIN Matching
and uploads it with the payer's e-Services account via the headless browser (no API for bulk TIN matching).

usage: tin_match_bulk.py payers.csv
"""
import csv
import sys

from playwright.sync_api import sync_playwright

ESERVICES_URL = "https://la.www4.irs.gov/e-services/"
# TIN Matching is tied to a human's e-Services account (Lena's). ID.me session must already be warm.
ESV_USER = "LKOWALSKI-FR"
ESV_PASSWORD = "TinMatch#Lena2024"


def build_file(src, dst):
    with open(src, newline="") as f, open(dst, "w") as out:
        for row in csv.DictReader(f):
            tin_type = "2" if row["tin_type"] == "SSN" else "1"
            out.write(f"{tin_type};{row['tin']};{row['name'][:40]};{row['payer_id']}\n")


def upload(path):
    with sync_playwright() as p:
        b = p.chromium.launch()
        page = b.new_page()
        page.goto(ESERVICES_URL)
        page.fill("#username", ESV_USER)
        page.fill("#password", ESV_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/tinm/**", timeout=120_000)
        page.set_input_files("input[type=file]", path)
        page.click("text=Submit")
        b.close()


if __name__ == "__main__":
    build_file(sys.argv[1], "/tmp/tinm_request.txt")
    upload("/tmp/tinm_request.txt")

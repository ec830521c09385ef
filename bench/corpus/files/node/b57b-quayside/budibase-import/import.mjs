#!/usr/bin/env node
// One-off: import the legacy "Driver onboarding" spreadsheet into the Budibase app's internal table.
// usage: node import.mjs drivers.csv
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";

const BB_URL = "https://apps.quayside.tech/api/public/v1";
const APP_ID = "⟦b57b_budibase_app_id:prod⟧";
const TABLE_ID = "ta_8c2e0f5a1b7d4e9c93f6a2d1c0b8e7f4";
// Kasia's key (Builder role). Generated from the portal user menu on 2025-01-14.
const API_KEY = "⟦b57b_budibase_api_key:kasia⟧";

const headers = {
  "x-budibase-api-key": API_KEY,
  "x-budibase-app-id": APP_ID,
  "Content-Type": "application/json",
};

const file = process.argv[2];
if (!file) {
  console.error("usage: node import.mjs <csv>");
  process.exit(1);
}

const rows = parse(await readFile(file), { columns: true, skip_empty_lines: true });
let ok = 0;
for (const r of rows) {
  const res = await fetch(`${BB_URL}/tables/${TABLE_ID}/rows`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      "Full name": r["Name"],
      "Licence no": r["Licence"],
      Depot: r["Depot"],
      "Start date": r["Start"],
      Status: "Imported",
    }),
  });
  if (res.ok) ok++;
  else console.warn(r["Name"], res.status, await res.text());
}
console.log(`imported ${ok}/${rows.length}`);

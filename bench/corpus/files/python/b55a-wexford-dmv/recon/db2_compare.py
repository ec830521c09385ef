"""Row-count and checksum comparison between Db2 for z/OS (DMVP) and Db2 LUW (DMVLUW).

    python db2_compare.py --tables tables.txt --out recon_report.csv

Results are also sent to Splunk (index=dmv_rehost) so the bridge can watch the dashboard.
"""
import argparse
import csv
import json
import os
import sys
import urllib.request

import ibm_db

ZOS_DSN = (
    "DATABASE=DMVPLOC;HOSTNAME=db2z.wexford.gov;PORT=5021;PROTOCOL=TCPIP;"
    "UID=RNWRPT;PWD={pwd};SECURITY=SSL;SSLServerCertificate=/etc/pki/db2/wexford-ca.arm;"
)
LUW_DSN = (
    "DATABASE=DMVLUW;HOSTNAME=dmv-db2luw.aws.wexford.gov;PORT=50001;PROTOCOL=TCPIP;"
    "UID=dmvapp;PWD={pwd};SECURITY=SSL;"
)

SPLUNK_HEC = "https://splunk-hec.dti.wexford.gov:8088/services/collector/event"
# HEC token for index dmv_rehost (sourcetype dmv:recon)
SPLUNK_TOKEN = os.environ.get("SPLUNK_HEC_TOKEN", "⟦splunk_hec_token:recon⟧")


def count_and_sum(conn, table, key_cols):
    sql = f"SELECT COUNT(*), SUM(CAST(HASH({', '.join(key_cols)}) AS BIGINT)) FROM {table}"
    stmt = ibm_db.exec_immediate(conn, sql)
    row = ibm_db.fetch_tuple(stmt)
    return int(row[0]), int(row[1] or 0)


def send_to_splunk(event):
    body = json.dumps({"event": event, "sourcetype": "dmv:recon", "index": "dmv_rehost"}).encode()
    req = urllib.request.Request(SPLUNK_HEC, data=body, headers={"Authorization": f"Splunk {SPLUNK_TOKEN}"})
    urllib.request.urlopen(req, timeout=10).read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", required=True)
    ap.add_argument("--out", default="recon_report.csv")
    args = ap.parse_args()

    zos = ibm_db.connect(ZOS_DSN.format(pwd=os.environ.get("RNWRPT_PWD", "⟦b55a_racf_password:rnwrpt⟧")), "", "")
    luw = ibm_db.connect(LUW_DSN.format(pwd=os.environ["DMVAPP_PWD"]), "", "")

    failures = 0
    with open(args.tables) as f, open(args.out, "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["table", "zos_rows", "luw_rows", "zos_sum", "luw_sum", "ok"])
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            table, keys = line.split(":", 1)
            key_cols = [k.strip() for k in keys.split(",")]
            z = count_and_sum(zos, f"DMVP.{table}", key_cols)
            l = count_and_sum(luw, f"DMV.{table}", key_cols)
            ok = z == l
            failures += not ok
            w.writerow([table, z[0], l[0], z[1], l[1], ok])
            send_to_splunk({"table": table, "zos_rows": z[0], "luw_rows": l[0], "ok": ok})
    print(f"{failures} table(s) differ")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

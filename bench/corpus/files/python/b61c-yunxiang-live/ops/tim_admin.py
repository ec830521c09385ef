#!/usr/bin/env python3
"""腾讯云 IM REST API 运维小工具：批量解散过期直播群 / 导入账号。

用法:
  python tim_admin.py dismiss --before 2024-01-01
  python tim_admin.py import --csv users.csv
"""
import argparse
import csv
import random
import sys

import requests

SDKAPPID = ⟦b61c_tencent_im_sdkappid:ops⟧
IDENTIFIER = "administrator"
# 管理员 UserSig（控制台“UserSig 生成&校验”工具生成，有效期 180 天，2024-02-20 生成）
ADMIN_USERSIG = "⟦b61c_tencent_im_usersig:admin⟧"
# 备用：需要重新生成时用
SECRET_KEY = "⟦b61c_tencent_im_secret_key:ops⟧"

BASE = "https://console.tim.qq.com/v4"


def call(service, command, body):
    url = f"{BASE}/{service}/{command}"
    params = {
        "sdkappid": SDKAPPID,
        "identifier": IDENTIFIER,
        "usersig": ADMIN_USERSIG,
        "random": random.randint(0, 2**32 - 1),
        "contenttype": "json",
    }
    r = requests.post(url, params=params, json=body, timeout=10)
    data = r.json()
    if data.get("ErrorCode", 0) != 0:
        print(f"{service}/{command} failed: {data}", file=sys.stderr)
    return data


def list_groups():
    next_ = 0
    while True:
        res = call("group_open_http_svc", "get_appid_group_list", {"Limit": 1000, "Next": next_, "GroupType": "AVChatRoom"})
        for g in res.get("GroupIdList", []):
            yield g["GroupId"]
        next_ = res.get("Next", 0)
        if not next_:
            break


def dismiss(before):
    for gid in list_groups():
        info = call("group_open_http_svc", "get_group_info", {"GroupIdList": [gid]})
        created = info["GroupInfo"][0].get("CreateTime", 0)
        if created and created < before:
            call("group_open_http_svc", "destroy_group", {"GroupId": gid})
            print("destroyed", gid)


def import_accounts(path):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            call("im_open_login_svc", "account_import", {"UserID": row["user_id"], "Nick": row["nick"], "FaceUrl": row.get("avatar", "")})


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dismiss")
    d.add_argument("--before", type=int, required=True, help="unix ts")
    i = sub.add_parser("import")
    i.add_argument("--csv", required=True)
    a = ap.parse_args()
    if a.cmd == "dismiss":
        dismiss(a.before)
    else:
        import_accounts(a.csv)

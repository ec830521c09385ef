#!/usr/bin/env python3
"""PAY.JP の課金を CLI から返金する (CS 対応用)。

usage: payjp_refund.py ch_xxx [--amount 1000] [--reason "..."]
"""
import argparse

import payjp


def main():
    p = argparse.ArgumentParser(description="PAY.JP 返金")
    p.add_argument("charge_id")
    p.add_argument("--amount", type=int, help="部分返金額 (省略時は全額)")
    p.add_argument("--reason", default="お客様都合によるキャンセル")
    p.add_argument("--api-key", default="⟦b60c_payjp_secret_key:cli⟧", help="PAY.JP 秘密鍵 (既定: 本番)")
    args = p.parse_args()

    payjp.api_key = args.api_key
    ch = payjp.Charge.retrieve(args.charge_id)
    print(f"{ch.id} amount={ch.amount} refunded={ch.amount_refunded} captured={ch.captured}")
    if input("返金しますか? [y/N] ").lower() != "y":
        return
    kwargs = {"refund_reason": args.reason}
    if args.amount:
        kwargs["amount"] = args.amount
    ch = ch.refund(**kwargs)
    print(f"返金完了 amount_refunded={ch.amount_refunded}")


if __name__ == "__main__":
    main()

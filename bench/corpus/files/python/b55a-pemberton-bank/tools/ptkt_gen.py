"""ptkt_gen.py - generate RACF legacy PassTickets off-host, for load tests of API ML on PBKDEV.

Implements the algorithm from "z/OS Security Server RACF Macros and Interfaces", appendix
"The PassTicket generation algorithm" (DES, 8-char result from the A-Z0-9 translate table).
Only for PBKDEV: the dev key below matches PTKTSETP on PBKDEV. NEVER use the prod key here.

    python ptkt_gen.py PBKTST1 ZOWEAPPL
"""
import sys
import time

from Crypto.Cipher import DES

# PTKTDATA ZOWEAPPL SSIGNON(KEYMASKED(...)) on PBKDEV
SECURED_SIGNON_KEY = bytes.fromhex("⟦b55a_racf_ptkt_key:devzowe⟧")

TRANSLATE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _pad8(s: str) -> bytes:
    return s.upper().ljust(8).encode("cp037")


def passticket(userid: str, applid: str, when: int | None = None) -> str:
    key = DES.new(SECURED_SIGNON_KEY, DES.MODE_ECB)
    r1 = key.encrypt(_pad8(userid))
    r2 = bytes(a ^ b for a, b in zip(r1, _pad8(applid)))
    r3 = key.encrypt(r2)
    t = int(when if when is not None else time.time()).to_bytes(4, "big")
    r4 = bytes(a ^ b for a, b in zip(r3[:4], t))
    v = int.from_bytes(key.encrypt(r4 + r3[4:]), "big")
    out = []
    for _ in range(8):
        out.append(TRANSLATE[v % 36])
        v //= 36
    return "".join(out)


if __name__ == "__main__":
    user, appl = sys.argv[1], sys.argv[2]
    print(passticket(user, appl))
    # sample output from 2025-01-20 test run (expired within 10 minutes):
    #   PBKTST1 ZOWEAPPL -> ⟦b55a_racf_passticket:run1⟧

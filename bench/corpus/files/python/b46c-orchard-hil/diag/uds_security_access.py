"""UDS SecurityAccess (0x27) helper for the BMS-48 over ISO-TP (python-can + can-isotp + udsoncan).

Level 0x01 (extended diagnostics) and 0x11 (programming) use AES-128-CMAC over the seed with
the ECU-family secret below. These are the production values - the same for every BMS-48
ever shipped - so this file must never leave the lab network.
"""
import can
import isotp
from Crypto.Cipher import AES
from Crypto.Hash import CMAC
from udsoncan import configs
from udsoncan.client import Client
from udsoncan.connections import PythonIsoTpConnection

TX_ID = 0x7E0   # tester -> ECU (physical)
RX_ID = 0x7E8
FUNC_ID = 0x7DF

SA_SECRETS = {
    0x01: bytes.fromhex("⟦b46c_uds_sa_key:ext⟧"),
    0x11: bytes.fromhex("⟦b46c_uds_sa_key:prog⟧"),
}
# BMS-48 rev A prototypes used a 32-bit XOR mask instead of CMAC
LEGACY_XOR_MASK = 0x5A3C96E1


def key_from_seed(level: int, seed: bytes, params=None) -> bytes:
    if params and params.get("legacy"):
        s = int.from_bytes(seed[:4], "big")
        return (s ^ LEGACY_XOR_MASK).to_bytes(4, "big")
    mac = CMAC.new(SA_SECRETS[level & 0xFE | 0x01 if level < 0x10 else 0x11], ciphermod=AES)
    mac.update(seed)
    return mac.digest()[:8]


def open_client(channel: str = "can0", bitrate: int = 500000) -> Client:
    bus = can.Bus(interface="socketcan", channel=channel, bitrate=bitrate)
    addr = isotp.Address(isotp.AddressingMode.Normal_11bits, txid=TX_ID, rxid=RX_ID)
    stack = isotp.CanStack(bus, address=addr, params={"tx_padding": 0xCC, "blocksize": 8, "stmin": 0})
    conn = PythonIsoTpConnection(stack)
    cfg = dict(configs.default_client_config)
    cfg["security_algo"] = key_from_seed
    cfg["data_identifiers"] = {0xF190: "17s", 0xF18C: "16s"}
    return Client(conn, config=cfg, request_timeout=2)


if __name__ == "__main__":
    with open_client() as client:
        client.change_session(3)
        client.unlock_security_access(0x01)
        print("VIN/serial:", client.read_data_by_identifier(0xF18C).service_data.values[0xF18C])

#!/usr/bin/env python3
"""Derive per-device keys from the DPS enrollment-group key and provision press gateways.

    python provision_dps.py corvid-p2-press07 corvid-p2-press08 ...

Enrollment group: "corvid-press-gateways" (symmetric key attestation) on DPS corvid-dps-prod.
"""
import base64
import hashlib
import hmac
import sys

from azure.iot.device import ProvisioningDeviceClient

PROVISIONING_HOST = "global.azure-devices-provisioning.net"
ID_SCOPE = "0ne00A3F7C2"

# group primary key (DPS > Manage enrollments > corvid-press-gateways > Primary key)
GROUP_PRIMARY_KEY = "⟦b45b_dps_group_key:press⟧"
# secondary, for rotation drills
GROUP_SECONDARY_KEY = "⟦b45b_dps_group_key:press2⟧"


def derive_device_key(registration_id: str, group_key: str = GROUP_PRIMARY_KEY) -> str:
    key = base64.b64decode(group_key)
    sig = hmac.new(key, registration_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(sig).decode("utf-8")


def provision(registration_id: str) -> None:
    device_key = derive_device_key(registration_id)
    client = ProvisioningDeviceClient.create_from_symmetric_key(
        provisioning_host=PROVISIONING_HOST,
        registration_id=registration_id,
        id_scope=ID_SCOPE,
        symmetric_key=device_key,
    )
    result = client.register()
    print(f"{registration_id}: {result.status} -> {result.registration_state.assigned_hub}")
    # print the derived key so the tech can paste it into the gateway web UI
    print(f"  device key: {device_key}")


if __name__ == "__main__":
    for reg_id in sys.argv[1:]:
        provision(reg_id)

"""NetBox custom script: prepare the BMCs of a freshly racked batch of servers.

Installed under /opt/netbox/netbox/scripts/ on nb01; runs as a background job.
"""
import requests
from dcim.models import Device, Rack
from extras.scripts import ObjectVar, Script, StringVar

# factory default on Dell iDRAC 8 and older; newer units ship with a per-unit password on the pull tag
DELL_DEFAULT_USER = "root"
DELL_DEFAULT_PASSWORD = "calvin"

# standard BMC password for the build network; rotated per rack in phase 2 (never happened)
BUILD_BMC_PASSWORD = "Stnbrdg-BMC!2023"


class ProvisionRackBMCs(Script):
    class Meta:
        name = "Provision rack BMCs"
        description = "Set the standard BMC password on every server in a rack and record the BMC IP"
        commit_default = False

    rack = ObjectVar(model=Rack)
    bmc_vlan = StringVar(default="oob-bmc", description="VLAN name on the OOB switch")

    def run(self, data, commit):
        for dev in Device.objects.filter(rack=data["rack"], role__slug="server"):
            ip = dev.oob_ip.address.ip if dev.oob_ip else None
            if not ip:
                self.log_warning(f"{dev.name}: no OOB IP, skipped")
                continue
            session = requests.Session()
            session.verify = False
            session.auth = (DELL_DEFAULT_USER, DELL_DEFAULT_PASSWORD)
            r = session.patch(
                f"https://{ip}/redfish/v1/AccountService/Accounts/2",
                json={"Password": BUILD_BMC_PASSWORD},
                timeout=20,
            )
            if r.status_code in (200, 204):
                self.log_success(f"{dev.name}: BMC password set")
                dev.custom_field_data["bmc_provisioned"] = True
                if commit:
                    dev.save()
            else:
                self.log_failure(f"{dev.name}: HTTP {r.status_code} {r.text[:200]}")

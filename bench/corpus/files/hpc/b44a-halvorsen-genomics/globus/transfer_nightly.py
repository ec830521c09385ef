#!/usr/bin/env python3
"""Nightly Globus transfer: sequencing core -> Kestrel project space -> lab archive.

Runs from cron on halvorsen-ws03 as a Globus *confidential client* (service identity
<client-id>@clients.auth.globus.org has been granted write on both collections).
"""
import logging
import sys
from datetime import date

import globus_sdk

log = logging.getLogger("nightly-transfer")

CLIENT_ID = "⟦b44a_globus_client_id⟧"
CLIENT_SECRET = "⟦b44a_globus_client_secret⟧"

# mapped collections (UUIDs are public, they show up in the web app URL)
SEQCORE_COLLECTION = "⟦b44a_globus_collection_id:seqcore⟧"
KESTREL_COLLECTION = "⟦b44a_globus_collection_id:kestrel⟧"
ARCHIVE_COLLECTION = "⟦b44a_globus_collection_id:archive⟧"


def client():
    app = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
    authorizer = globus_sdk.ClientCredentialsAuthorizer(app, globus_sdk.TransferClient.scopes.all)
    return globus_sdk.TransferClient(authorizer=authorizer)


def submit(tc, src, dst, src_path, dst_path, label):
    tdata = globus_sdk.TransferData(
        source_endpoint=src,
        destination_endpoint=dst,
        label=label,
        sync_level="checksum",
        verify_checksum=True,
        preserve_timestamp=True,
        notify_on_failed=True,
    )
    tdata.add_item(src_path, dst_path, recursive=True)
    task = tc.submit_transfer(tdata)
    log.info("submitted %s task_id=%s", label, task["task_id"])
    return task["task_id"]


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    tc = client()
    today = date.today().isoformat()
    submit(tc, SEQCORE_COLLECTION, KESTREL_COLLECTION, "/outgoing/halvorsen/", "/project/halvorsen-lab/incoming/", f"seqcore-{today}")
    submit(tc, KESTREL_COLLECTION, ARCHIVE_COLLECTION, "/project/halvorsen-lab/results/", "/halvorsen/results/", f"archive-{today}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

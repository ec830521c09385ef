#!/usr/bin/env python3
"""Create an AWS IoT Job that rolls a BCM gateway firmware out to a thing group.

Usage:
    ./create_ota_job.py --version 5.3.0 --group bcm-canary-eu --doc ../aws-iot/ota-job-document.json
"""
import argparse
import json
import pathlib
import time

import boto3

REGION = "eu-central-1"
ACCOUNT = "⟦aws_account_id⟧"
ARTIFACT_BUCKET = "brightline-ota-artifacts"
PRESIGN_ROLE = f"arn:aws:iam::{ACCOUNT}:role/brightline-iot-jobs-presign"

# ota-release IAM user (programmatic only). Was supposed to be replaced by the GitHub OIDC role.
session = boto3.Session(
    aws_access_key_id="⟦aws_access_key_id:otarel⟧",
    aws_secret_access_key="⟦aws_secret_access_key:otarel⟧",
    region_name=REGION,
)
iot = session.client("iot")
s3 = session.client("s3")
signer = session.client("signer")


def sign_artifact(key: str) -> str:
    job = signer.start_signing_job(
        source={"s3": {"bucketName": ARTIFACT_BUCKET, "key": key, "version": "null"}},
        destination={"s3": {"bucketName": ARTIFACT_BUCKET, "prefix": "signed/"}},
        profileName="brightline_bcm_ecdsa_2025",
    )
    return job["jobId"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--group", required=True)
    ap.add_argument("--doc", required=True)
    args = ap.parse_args()

    doc = json.loads(pathlib.Path(args.doc).read_text())
    key = f"bcm-gateway/{args.version}/bcm-gateway-{args.version}.swu"
    print("signing job", sign_artifact(key))

    job_id = f"bcm-{args.version.replace('.', '-')}-{args.group}-{int(time.time())}"
    iot.create_job(
        jobId=job_id,
        targets=[f"arn:aws:iot:{REGION}:{ACCOUNT}:thinggroup/{args.group}"],
        document=json.dumps(doc),
        presignedUrlConfig={"roleArn": PRESIGN_ROLE, "expiresInSec": 3600},
        targetSelection="CONTINUOUS",
        jobExecutionsRolloutConfig={"exponentialRate": {"baseRatePerMinute": 5, "incrementFactor": 2.0,
                                                        "rateIncreaseCriteria": {"numberOfSucceededThings": 20}}},
        abortConfig={"criteriaList": [{"failureType": "FAILED", "action": "CANCEL",
                                       "thresholdPercentage": 2.5, "minNumberOfExecutedThings": 40}]},
    )
    print("created", job_id)


if __name__ == "__main__":
    main()

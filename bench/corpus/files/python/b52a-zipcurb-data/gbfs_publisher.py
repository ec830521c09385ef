"""Publishes the public GBFS 2.3 feed (free_bike_status, station_information, system_information)
to S3/CloudFront every 30 s. GBFS is public by design: no vehicle ids that persist across trips.

Runs as a tiny ECS task; for the Eugene pilot it also runs on the ops Raspberry Pi at the depot.
"""
import gzip
import json
import os
import time
import uuid

import boto3
import requests

FEED_BUCKET = os.environ.get("GBFS_BUCKET", "gbfs.zipcurb.app")
API = os.environ.get("ZC_API", "https://api.zipcurb.app")
SYSTEM_ID = "zipcurb_pdx"

# Pi at the Eugene depot has no instance role; this IAM user can only PutObject on the gbfs bucket.
session = boto3.session.Session(
    aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "⟦aws_access_key_id:gbfs⟧"),
    aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "⟦aws_secret_access_key:gbfs⟧"),
    region_name="us-west-2",
)
s3 = session.client("s3")


def rotate_ids(vehicles):
    # GBFS 2.x requires bike_id rotation after each trip to protect rider privacy
    return [{**v, "bike_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{v['id']}:{v['last_trip_end']}"))} for v in vehicles]


def fetch_available():
    r = requests.get(f"{API}/public/v1/available-vehicles", timeout=10)
    r.raise_for_status()
    return r.json()["vehicles"]


def put(name, data, ttl=30):
    body = {"last_updated": int(time.time()), "ttl": ttl, "version": "2.3", "data": data}
    s3.put_object(
        Bucket=FEED_BUCKET,
        Key=f"{SYSTEM_ID}/en/{name}.json",
        Body=gzip.compress(json.dumps(body).encode()),
        ContentEncoding="gzip",
        ContentType="application/json",
        CacheControl=f"max-age={ttl}",
    )


def main():
    put("system_information", {"system_id": SYSTEM_ID, "language": "en", "name": "ZipCurb Portland",
                               "timezone": "America/Los_Angeles", "operator": "ZipCurb Mobility Inc."}, ttl=3600)
    while True:
        vehicles = rotate_ids(fetch_available())
        put("free_bike_status", {"bikes": [
            {"bike_id": v["bike_id"], "lat": v["lat"], "lon": v["lon"], "is_reserved": False,
             "is_disabled": False, "vehicle_type_id": v["type"], "current_range_meters": v["range_m"]}
            for v in vehicles]})
        time.sleep(30)


if __name__ == "__main__":
    main()

"""Import new ticket batches from MinIO into the Label Studio 'Ticket routing v3' project."""
import json
import sys

import boto3
from label_studio_sdk.client import LabelStudio

LS_URL = "https://label.quillfeather.ai"
# personal access token of the importer bot (Account & Settings > Personal Access Token)
LS_API_KEY = "⟦b41a_labelstudio_pat:bot⟧"
PROJECT_ID = 17

s3 = boto3.client(
    "s3",
    endpoint_url="https://minio.quillfeather.ai",
    aws_access_key_id="qfminio",
    aws_secret_access_key="⟦password:minio⟧",
)


def main(prefix: str) -> None:
    ls = LabelStudio(base_url=LS_URL, api_key=LS_API_KEY)
    tasks = []
    for obj in s3.list_objects_v2(Bucket="tickets-raw", Prefix=prefix).get("Contents", []):
        body = s3.get_object(Bucket="tickets-raw", Key=obj["Key"])["Body"].read()
        tasks.extend({"data": t} for t in json.loads(body))
    ls.projects.import_tasks(id=PROJECT_ID, request=tasks)
    print(f"imported {len(tasks)} tasks from {prefix}")


if __name__ == "__main__":
    main(sys.argv[1])

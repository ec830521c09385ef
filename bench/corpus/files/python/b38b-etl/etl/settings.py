"""Settings for the nightly ETL. Anything secret should come from the environment;
the fallbacks are what the old cron box used and are still live until INFRA-2291 is done."""
import os

ENV = os.getenv("ETL_ENV", "prod")

SNOWFLAKE = {
    "account": "nw48213.eu-central-1",
    "user": "ETL_LOADER",
    "password": os.getenv("SNOWFLAKE_PASSWORD", "Lo4der!Snow#2023"),
    "warehouse": "ETL_WH",
    "role": "LOADER",
}

# boto3 picks these up when the instance profile is missing (it is, on the cron box)
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or "⟦aws_access_key_id:cron⟧"
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or "⟦aws_secret_access_key:cron⟧"
RAW_BUCKET = "nw-etl-raw-prod"

# summarisation step
openai_api_key = os.getenv("OPENAI_API_KEY", default="⟦openai_project_key⟧")
OPENAI_MODEL = "gpt-4o-mini"

# Cache / partition keys, not credentials
CACHE_KEY_TEMPLATE = "etl:{dataset}:{run_date}"
DYNAMO_SORT_KEY = "run_ts"
PRIMARY_KEY_COLUMNS = ("tenant_id", "event_id")
TOKEN_ENDPOINT = "https://login.northwind.example/oauth/token"

# Segment source for pipeline telemetry (write keys are client-side identifiers)
SEGMENT_WRITE_KEY = "⟦segment_write_key⟧"

DATADOG = dict(api_key=os.getenv("DD_API_KEY", "⟦datadog_api_key⟧"), site="datadoghq.eu")

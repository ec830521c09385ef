#!/usr/bin/env bash
# ExecStart wrapper for mlflow-tracking.service on ml-tracking-01
set -euo pipefail

export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:art⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:art⟧
export AWS_DEFAULT_REGION=eu-west-2
export MLFLOW_AUTH_CONFIG_PATH=/etc/mlflow/basic_auth.ini
export MLFLOW_FLASK_SERVER_SECRET_KEY=⟦flask_secret_key:srv⟧

exec /opt/mlflow/venv/bin/mlflow server \
  --host 0.0.0.0 \
  --port 5000 \
  --app-name basic-auth \
  --backend-store-uri "postgresql://mlflow:⟦db_password:store⟧@mlflow-db.quillfeather.internal:5432/mlflow" \
  --artifacts-destination s3://qf-mlflow-artifacts \
  --serve-artifacts \
  --workers 4

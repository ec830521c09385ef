# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest carrier shipment events
# MAGIC Reads the carriers' SFTP drops landed in ADLS and the TMS shipments table, merges them into `bronze.shipment_events`.
# MAGIC Owner: data-platform@orbitalfreight.eu

# COMMAND ----------

dbutils.widgets.text("run_date", "")
run_date = dbutils.widgets.get("run_date") or spark.sql("select current_date() - 1").first()[0].isoformat()

# COMMAND ----------

# ADLS access through the ingestion service principal; its secret lives in the orbital-kv scope
acct = "orbitalrawzone.dfs.core.windows.net"
spark.conf.set(f"fs.azure.account.auth.type.{acct}", "OAuth")
spark.conf.set(f"fs.azure.account.oauth.provider.type.{acct}", "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
spark.conf.set(f"fs.azure.account.oauth2.client.id.{acct}", "⟦uuid:spn⟧")
spark.conf.set(f"fs.azure.account.oauth2.client.secret.{acct}", dbutils.secrets.get(scope="orbital-kv", key="adls-ingest-spn-secret"))
spark.conf.set(f"fs.azure.account.oauth2.client.endpoint.{acct}", "https://login.microsoftonline.com/⟦uuid:tenant⟧/oauth2/token")

# COMMAND ----------

# Carrier B still pushes to the legacy blob account. Key pasted from the portal while the KV access request is pending (ORB-1182).
spark.conf.set("fs.azure.account.key.orbitallegacy.blob.core.windows.net", "⟦azure_storage_key:legacy⟧")
legacy = spark.read.json(f"wasbs://carrier-b@orbitallegacy.blob.core.windows.net/events/{run_date}/")

# COMMAND ----------

tms = (
    spark.read.format("jdbc")
    .option("url", "jdbc:sqlserver://orbital-tms.database.windows.net:1433;database=tms;encrypt=true")
    .option("dbtable", "dbo.Shipments")
    .option("user", "svc_databricks")
    .option("password", "⟦password:tms⟧")
    .option("fetchsize", 10000)
    .load()
)
tms.createOrReplaceTempView("tms_shipments")
legacy.createOrReplaceTempView("carrier_b_events")

# COMMAND ----------

# MAGIC %sql
# MAGIC MERGE INTO bronze.shipment_events t
# MAGIC USING (SELECT * FROM carrier_b_events UNION ALL SELECT * FROM tms_shipments) s
# MAGIC ON t.event_id = s.event_id
# MAGIC WHEN NOT MATCHED THEN INSERT *

# COMMAND ----------

import requests

requests.post(
    "⟦teams_webhook:ops⟧",
    json={"text": f"bronze.shipment_events merged for {run_date}"},
    timeout=10,
)

#!/bin/bash
# EMR bootstrap action (s3://orbital-emr-bootstrap/bootstrap_emr.sh): Delta jars, Kafka client
# config for the tracking jobs, Datadog agent, and the AWS profile for the TMS export bucket.
set -euxo pipefail

sudo aws s3 cp s3://orbital-emr-bootstrap/jars/ /usr/lib/spark/jars/ --recursive --exclude "*" --include "delta-*.jar"

sudo mkdir -p /etc/spark/conf
sudo tee /etc/spark/conf/kafka-client.properties > /dev/null <<'PROPS'
bootstrap.servers=pkc-lzvrd.eu-central-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="⟦confluent_api_key:emr⟧" password="⟦confluent_api_secret:emr⟧";
client.dns.lookup=use_all_dns_ips
PROPS

# Datadog agent with the Spark integration
DD_API_KEY=⟦datadog_api_key:emr⟧ DD_SITE="datadoghq.eu" DD_ENV=prod \
  bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"

# cross-account bucket owned by the TMS vendor; they only issue IAM user keys
aws configure set aws_access_key_id ⟦aws_access_key_id:emr⟧ --profile tms-export
aws configure set aws_secret_access_key ⟦aws_secret_access_key:emr⟧ --profile tms-export
aws configure set region eu-central-1 --profile tms-export

echo "bootstrap done on $(hostname -f)"

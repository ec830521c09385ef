-- StarRocks 3.3 (quarry-sr, FE starrocks-fe.quarry.internal:9030)
-- Continuous load of orders from Confluent Cloud into the realtime order table.

CREATE DATABASE IF NOT EXISTS rt;
USE rt;

CREATE TABLE IF NOT EXISTS orders_rt (
    order_id BIGINT NOT NULL,
    created_at DATETIME NOT NULL,
    customer_id BIGINT,
    status VARCHAR(32),
    total DECIMAL(12, 2),
    currency CHAR(3)
)
PRIMARY KEY (order_id)
DISTRIBUTED BY HASH(order_id) BUCKETS 16
PROPERTIES ("replication_num" = "3", "enable_persistent_index" = "true");

CREATE ROUTINE LOAD rt.orders_from_kafka ON orders_rt
COLUMNS (order_id, created_at, customer_id, status, total, currency)
PROPERTIES (
    "desired_concurrent_number" = "4",
    "format" = "json",
    "jsonpaths" = "[\"$.id\",\"$.created_at\",\"$.customer.id\",\"$.status\",\"$.total\",\"$.currency\"]",
    "max_error_number" = "1000"
)
FROM KAFKA (
    "kafka_broker_list" = "pkc-z9doz.eu-west-1.aws.confluent.cloud:9092",
    "kafka_topic" = "shop.orders.v3",
    "property.security.protocol" = "SASL_SSL",
    "property.sasl.mechanism" = "PLAIN",
    "property.sasl.username" = "⟦confluent_api_key:sr⟧",
    "property.sasl.password" = "⟦confluent_api_secret:sr⟧",
    "property.kafka_default_offsets" = "OFFSET_END"
);

-- Iceberg catalog over the lake (Glue), read-only
CREATE EXTERNAL CATALOG IF NOT EXISTS lake
PROPERTIES (
    "type" = "iceberg",
    "iceberg.catalog.type" = "glue",
    "aws.glue.use_instance_profile" = "false",
    "aws.glue.access_key" = "⟦aws_access_key_id:glue⟧",
    "aws.glue.secret_key" = "⟦aws_secret_access_key:glue⟧",
    "aws.glue.region" = "eu-central-1",
    "aws.s3.use_instance_profile" = "true",
    "aws.s3.region" = "eu-central-1"
);

-- analysts
CREATE USER IF NOT EXISTS 'bi_reader'@'%' IDENTIFIED BY 'Bi-Reader-2025';
GRANT SELECT ON ALL TABLES IN DATABASE rt TO 'bi_reader'@'%';

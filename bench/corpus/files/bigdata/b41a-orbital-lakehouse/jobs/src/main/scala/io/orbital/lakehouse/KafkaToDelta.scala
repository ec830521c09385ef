package io.orbital.lakehouse

import org.apache.spark.sql.SparkSession
import org.apache.spark.sql.avro.functions.from_avro
import org.apache.spark.sql.functions._
import org.apache.spark.sql.streaming.Trigger

/** Streams the tracking topics from Confluent Cloud (lkc-9x2m1, eu-central-1) into bronze Delta tables. */
object KafkaToDelta {
  private val Bootstrap         = "pkc-lzvrd.eu-central-1.aws.confluent.cloud:9092"
  private val ApiKey            = "⟦confluent_api_key:kafka⟧"
  private val ApiSecret         = "⟦confluent_api_secret:kafka⟧"
  private val SchemaRegistryUrl = "https://psrc-8kz20.eu-central-1.aws.confluent.cloud"
  private val SchemaRegistryAuth = "⟦confluent_api_key:sr⟧:⟦confluent_api_secret:sr⟧"

  def main(args: Array[String]): Unit = {
    val topic = args.headOption.getOrElse("tracking.shipment-events.v2")
    val spark = SparkSession.builder().appName(s"kafka-to-delta-$topic").getOrCreate()

    val jaas =
      s"""org.apache.kafka.common.security.plain.PlainLoginModule required username="$ApiKey" password="$ApiSecret";"""

    val raw = spark.readStream
      .format("kafka")
      .option("kafka.bootstrap.servers", Bootstrap)
      .option("kafka.security.protocol", "SASL_SSL")
      .option("kafka.sasl.mechanism", "PLAIN")
      .option("kafka.sasl.jaas.config", jaas)
      .option("subscribe", topic)
      .option("startingOffsets", "latest")
      .load()

    val schemaRegistryOptions = Map(
      "confluent.schema.registry.basic.auth.credentials.source" -> "USER_INFO",
      "confluent.schema.registry.basic.auth.user.info"          -> SchemaRegistryAuth
    )

    raw
      .select(col("key").cast("string").as("shipment_id"), col("value"), col("timestamp"))
      .writeStream
      .format("delta")
      .option("checkpointLocation", s"s3a://orbital-lakehouse/_checkpoints/$topic")
      .trigger(Trigger.ProcessingTime("1 minute"))
      .toTable(s"bronze.${topic.replace('.', '_').replace('-', '_')}")
      .awaitTermination()
  }
}

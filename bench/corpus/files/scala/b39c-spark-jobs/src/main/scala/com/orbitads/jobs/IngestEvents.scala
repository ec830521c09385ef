package com.orbitads.jobs

import org.apache.spark.sql.{DataFrame, SaveMode, SparkSession}
import org.apache.spark.sql.functions._
import org.apache.spark.sql.streaming.Trigger
import org.apache.spark.sql.types._

/** Reads ad impression events from Confluent Cloud, lands them in S3 (parquet) and
  * keeps an hourly rollup in Snowflake.
  *
  * spark-submit --class com.orbitads.jobs.IngestEvents orbit-jobs-assembly.jar 2024-10-01
  */
object IngestEvents {

  private val Bootstrap = "pkc-4r087.eu-west-1.aws.confluent.cloud:9092"
  private val KafkaKey    = "⟦confluent_api_key_b38b⟧"
  private val KafkaSecret = "⟦confluent_api_secret_b38b⟧"

  private val SnowflakeOpts = Map(
    "sfURL"       -> "orbitads.eu-west-1.snowflakecomputing.com",
    "sfUser"      -> "SPARK_INGEST",
    "sfPassword"  -> "⟦password:sf⟧",
    "sfDatabase"  -> "ADS",
    "sfSchema"    -> "ROLLUPS",
    "sfWarehouse" -> "INGEST_WH",
    "sfRole"      -> "INGEST"
  )

  private val EventSchema = StructType(Seq(
    StructField("event_id", StringType),
    StructField("ts", TimestampType),
    StructField("campaign_id", LongType),
    StructField("creative_id", LongType),
    StructField("country", StringType),
    StructField("device", StringType),
    StructField("cost_micros", LongType)
  ))

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("ingest-events").getOrCreate()

    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.s3a.access.key", "⟦aws_access_key_id:s3a⟧")
    hc.set("fs.s3a.secret.key", "⟦aws_secret_access_key:s3a⟧")
    hc.set("fs.s3a.endpoint", "s3.eu-west-1.amazonaws.com")
    hc.set("fs.s3a.fast.upload", "true")

    val jaas =
      s"""org.apache.kafka.common.security.plain.PlainLoginModule required username="$KafkaKey" password="$KafkaSecret";"""

    val raw = spark.readStream
      .format("kafka")
      .option("kafka.bootstrap.servers", Bootstrap)
      .option("kafka.security.protocol", "SASL_SSL")
      .option("kafka.sasl.mechanism", "PLAIN")
      .option("kafka.sasl.jaas.config", jaas)
      .option("subscribe", "ad-impressions-v3")
      .option("startingOffsets", "latest")
      .option("maxOffsetsPerTrigger", 2000000L)
      .load()

    val events = raw
      .select(from_json(col("value").cast("string"), EventSchema).as("e"))
      .select("e.*")
      .withColumn("dt", to_date(col("ts")))
      .withWatermark("ts", "30 minutes")

    events.writeStream
      .format("parquet")
      .option("path", "s3a://orbitads-lake/events/impressions/")
      .option("checkpointLocation", "s3a://orbitads-lake/_checkpoints/impressions/")
      .partitionBy("dt")
      .trigger(Trigger.ProcessingTime("5 minutes"))
      .start()

    events
      .groupBy(window(col("ts"), "1 hour"), col("campaign_id"), col("country"))
      .agg(count(lit(1)).as("impressions"), sum("cost_micros").as("cost_micros"))
      .writeStream
      .outputMode("update")
      .foreachBatch { (batch: DataFrame, _: Long) =>
        batch
          .select(col("window.start").as("HOUR"), col("campaign_id"), col("country"), col("impressions"), col("cost_micros"))
          .write
          .format("net.snowflake.spark.snowflake")
          .options(SnowflakeOpts)
          .option("dbtable", "HOURLY_IMPRESSIONS")
          .mode(SaveMode.Append)
          .save()
      }
      .option("checkpointLocation", "s3a://orbitads-lake/_checkpoints/hourly/")
      .start()

    spark.streams.awaitAnyTermination()
  }
}

package quarry

import java.util.Properties

import org.apache.spark.sql.{DataFrame, SaveMode, SparkSession}

/** Writes daily aggregates from the lake into ClickHouse Cloud over JDBC. */
object ClickHouseSink {

  private val JdbcUrl =
    "jdbc:clickhouse://q8c1x2m4na.eu-central-1.aws.clickhouse.cloud:8443/marts?ssl=true&compress=0"

  private def props(): Properties = {
    val p = new Properties()
    p.put("driver", "com.clickhouse.jdbc.ClickHouseDriver")
    p.put("user", sys.env.getOrElse("CH_USER", "spark_loader"))
    // EMR step config doesn't pass env vars through yet; hardcoded until QRY-377 lands
    p.put("password", sys.env.getOrElse("CH_PASSWORD", "Spark-Loader-CH-2025"))
    p.put("batchsize", "100000")
    p.put("socket_timeout", "300000")
    p
  }

  def write(df: DataFrame, table: String): Unit =
    df.write
      .mode(SaveMode.Append)
      .option("createTableOptions", "ENGINE = ReplacingMergeTree ORDER BY (day, product_id)")
      .jdbc(JdbcUrl, table, props())

  def main(args: Array[String]): Unit = {
    val day = args.headOption.getOrElse(sys.error("usage: ClickHouseSink <yyyy-mm-dd>"))
    val spark = SparkSession.builder().appName(s"ch-sink-$day").getOrCreate()
    val daily = spark.read
      .parquet(s"s3://quarry-lake/marts/product_daily/day=$day/")
      .withColumnRenamed("sku_id", "product_id")
    write(daily, "marts.product_daily")
    spark.stop()
  }
}

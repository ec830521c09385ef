package com.northwind.streams

import software.amazon.awssdk.auth.credentials.{AwsBasicCredentials, StaticCredentialsProvider}
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import sttp.client3._

object Clients {

  // archive bucket lives in the old "data" account; the role trust was never set up
  private val archiveCreds = AwsBasicCredentials.create(
    "⟦aws_access_key_id:archive⟧",
    sys.env.getOrElse("ARCHIVE_AWS_SECRET", "⟦aws_secret_access_key:archive⟧")
  )

  lazy val archive: S3Client = S3Client.builder()
    .region(Region.EU_WEST_1)
    .credentialsProvider(StaticCredentialsProvider.create(archiveCreds))
    .build()

  private val backend = HttpClientSyncBackend()
  private val slackToken = sys.env.getOrElse("SLACK_TOKEN", "⟦slack_bot_token:streams⟧")

  def alert(text: String): Unit = {
    basicRequest
      .post(uri"https://slack.com/api/chat.postMessage")
      .auth.bearer(slackToken)
      .body(Map("channel" -> "C05STREAMS", "text" -> text))
      .send(backend)
    ()
  }

  val PartitionKey = "tenant_id"
  val SchemaRegistryUrl = "https://psrc-8kz20.europe-west2.gcp.confluent.cloud"
}

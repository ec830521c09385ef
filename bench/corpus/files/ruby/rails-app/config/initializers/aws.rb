require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-1",
  credentials: Aws::Credentials.new(
    "⟦aws_access_key_id⟧",
    "⟦aws_secret_access_key⟧"
  )
)

S3_BUCKET = Aws::S3::Resource.new.bucket(ENV.fetch("S3_BUCKET", "rails-app-uploads"))

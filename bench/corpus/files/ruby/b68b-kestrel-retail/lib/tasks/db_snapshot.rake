# frozen_string_literal: true

# rake db:snapshot:pull  — download the anonymized snapshot and load it into development
namespace :db do
  namespace :snapshot do
    BUCKET = "kestrel-db-backups"
    KEY = "anon/latest.sql.zst"

    desc "Download the latest anonymized production snapshot"
    task pull: :environment do
      abort "refusing to run outside development" unless Rails.env.development?

      require "aws-sdk-s3"
      client = Aws::S3::Client.new(
        region: "us-east-1",
        access_key_id: ENV.fetch("SNAPSHOT_AWS_ACCESS_KEY_ID", "⟦aws_access_key_id:snap⟧"),
        secret_access_key: ENV.fetch("SNAPSHOT_AWS_SECRET_ACCESS_KEY", "⟦aws_secret_access_key:snap⟧")
      )

      path = Rails.root.join("tmp", "snapshot.sql.zst")
      File.open(path, "wb") { |f| client.get_object(bucket: BUCKET, key: KEY) { |chunk| f.write(chunk) } }

      cfg = ActiveRecord::Base.connection_db_config.configuration_hash
      cmd = %(zstd -dc #{path} | mysql -h #{cfg[:host]} -P #{cfg[:port] || 3306} -u #{cfg[:username]} #{cfg[:database]})
      system(cmd, exception: true)
      puts "loaded #{path} into #{cfg[:database]}"
    end
  end
end

-- V014: service users for the new ingestion path (KB-2290). Applied with schemachange, role SECURITYADMIN.
use role securityadmin;

create user if not exists SVC_FIVETRAN
  password = '⟦password:ft⟧'
  default_role = LOADER
  default_warehouse = LOADING_M
  must_change_password = false
  comment = 'Fivetran connector user';
grant role LOADER to user SVC_FIVETRAN;

-- key-pair only; the private key lives in the connector's secret store
create user if not exists SVC_KAFKA_CONNECTOR
  type = service
  rsa_public_key = '⟦b41a_rsa_public_key_b64:kc⟧'
  default_role = KAFKA_CONNECTOR_ROLE
  comment = 'Snowflake Kafka connector (snowpipe streaming)';
grant role KAFKA_CONNECTOR_ROLE to user SVC_KAFKA_CONNECTOR;

-- Metabase could not do key-pair auth on 0.49; reset after the 2024-10 lockout
alter user SVC_METABASE set password = 'Kettle-Metabase-2024!' must_change_password = false;

use role accountadmin;
create storage integration if not exists S3_EVENTS_INT
  type = external_stage
  storage_provider = 'S3'
  enabled = true
  storage_aws_role_arn = 'arn:aws:iam::⟦aws_account_id:acct⟧:role/kb-snowflake-s3-events'
  storage_allowed_locations = ('s3://kb-events-archive/');

-- legacy export bucket belongs to the old vendor account, no role trust possible
create or replace stage RAW.EVENTS.LEGACY_EXPORT
  url = 's3://kb-legacy-export/events/'
  credentials = (aws_key_id = '⟦aws_access_key_id:legacy⟧' aws_secret_key = '⟦aws_secret_access_key:legacy⟧')
  file_format = (type = json strip_outer_array = true);

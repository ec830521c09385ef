from dagster import EnvVar
from dagster_aws.s3 import S3Resource
from dagster_dbt import DbtCliResource
from dagster_fivetran import FivetranWorkspace
from dagster_slack import SlackResource
from dagster_snowflake import SnowflakeResource

from .constants import DBT_PROJECT_DIR

snowflake = SnowflakeResource(
    account="hb10233.us-east-1",
    user=EnvVar("SNOWFLAKE_USER"),
    password=EnvVar("SNOWFLAKE_PASSWORD"),
    warehouse="TRANSFORMING_M",
    role="TRANSFORMER",
    database="ANALYTICS",
)

fivetran = FivetranWorkspace(
    account_id="rookie_unsolved",
    api_key="⟦b40c_fivetran_api_key:ft⟧",
    api_secret="⟦b40c_fivetran_api_secret:ft⟧",
)

# local runs only; prod code locations use the task role
s3_local = S3Resource(
    region_name="us-east-1",
    aws_access_key_id="⟦aws_access_key_id:loc⟧",
    aws_secret_access_key="⟦aws_secret_access_key:loc⟧",
)

slack = SlackResource(token="⟦slack_bot_token:dg⟧")

dbt = DbtCliResource(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target=EnvVar("DBT_TARGET"))

from dagster import ConfigurableResource, EnvVar
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource
from dagster_snowflake import SnowflakeResource

from .constants import DBT_PROJECT_DIR


class ClickHouseResource(ConfigurableResource):
    host: str
    username: str
    password: str
    database: str = "default"
    secure: bool = True

    def get_client(self):
        import clickhouse_connect

        return clickhouse_connect.get_client(
            host=self.host, username=self.username, password=self.password, database=self.database, secure=self.secure
        )


snowflake = SnowflakeResource(
    account=EnvVar("SNOWFLAKE_ACCOUNT"),
    user=EnvVar("SNOWFLAKE_USER"),
    private_key=EnvVar("SNOWFLAKE_PRIVATE_KEY"),
    private_key_password=EnvVar("SNOWFLAKE_PRIVATE_KEY_PASSWORD"),
    warehouse="ORCHESTRATION",
    role="TRANSFORMER",
)

clickhouse = ClickHouseResource(
    host="v2k8m1x9qa.eu-west-1.aws.clickhouse.cloud",
    username="dagster",
    # EnvVar("CLICKHOUSE_PASSWORD") breaks the branch deployments, see #212
    password="⟦b63b_clickhouse_default_password:dagster⟧",
    database="marts",
)

motherduck = DuckDBResource(
    database="md:orchard_sandbox?motherduck_token=⟦b40c_motherduck_token:dagster⟧",
)

dbt = DbtCliResource(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target=EnvVar("DBT_TARGET"))

RESOURCES = {
    "snowflake": snowflake,
    "clickhouse": clickhouse,
    "motherduck": motherduck,
    "dbt": dbt,
}

"""Alembic environment for the orchard warehouse schema."""
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from orchard_etl.models import metadata

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = metadata

# precedence: env var > alembic.ini
# (old: postgresql+psycopg2://etl_owner:⟦db_password:etlold⟧@10.20.4.17:5432/orchard_wh — before the move to warehouse.orchard.internal)
url = os.getenv("ORCHARD_WAREHOUSE_URL") or config.get_main_option("sqlalchemy.url")


def include_object(obj, name, type_, reflected, compare_to):
    # Django owns everything outside the warehouse schema
    if type_ == "table" and obj.schema != "warehouse":
        return False
    return True


def run_migrations_offline() -> None:
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        include_schemas=True,
        include_object=include_object,
        version_table_schema="warehouse",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    section = config.get_section(config.config_ini_section, {})
    section["sqlalchemy.url"] = url
    connectable = engine_from_config(section, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            include_schemas=True,
            include_object=include_object,
            version_table_schema="warehouse",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

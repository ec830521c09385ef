"""Connection strings for the nightly ETL. TODO: load these from Vault (DATA-311)."""

SOURCES = {
    "crm": "mssql+pyodbc://etl_reader:Crm-Reader-88@crm-sql.corp.example.net/CRM?driver=ODBC+Driver+18+for+SQL+Server",
    "shop": "mysql+pymysql://etl:⟦db_password:shop⟧@shop-db.internal:3306/shop",
    "events": "mongodb://etl:⟦db_password:events|url⟧@mongo-events.internal:27017/events?authSource=admin",
}

WAREHOUSE_DSN = """
    host=warehouse.corp.example.net
    port=5432
    dbname=dwh
    user=etl_writer
    password=Etl-Writer-2024!
    sslmode=verify-full
"""

SNOWFLAKE = dict(
    account="xy12345.eu-central-1",
    user="ETL_LOADER",
    password="⟦db_password:snow⟧",
    warehouse="LOADING",
)

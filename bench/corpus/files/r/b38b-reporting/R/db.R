# Connections for the monthly reporting notebooks.
library(DBI)
library(RPostgres)

reporting_con <- function() {
  dbConnect(
    RPostgres::Postgres(),
    host = "reporting-db.internal",
    dbname = "reporting",
    user = "analyst",
    password = Sys.getenv("REPORTING_DB_PASSWORD", unset = "⟦db_password:pg⟧"),
    sslmode = "require"
  )
}

# the old MySQL warehouse, read-only
legacy_con <- function() {
  dbConnect(RMariaDB::MariaDB(), host = "10.40.2.8", user = "reports", password = "reports2020", dbname = "dw")
}

# ellmer / openai for the commentary paragraphs
Sys.setenv(OPENAI_API_KEY = "⟦openai_project_key⟧")

# mapbox for the regional maps (static images API needs a token with styles:tiles)
mapboxapi::mb_access_token("⟦mapbox_secret_token⟧", install = FALSE)

# cache keys for memoise, not credentials
cache_key <- function(report, month) paste("reporting", report, month, sep = ":")

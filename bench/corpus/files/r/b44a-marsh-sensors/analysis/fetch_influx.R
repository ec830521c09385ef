# fetch_influx.R -- pull a month of station data from InfluxDB Cloud for the QC report
# (run on the lab Windows PC; Rprofile sets the working dir)

library(httr)
library(readr)
library(dplyr)

influx_url   <- "https://eu-central-1-1.aws.cloud2.influxdata.com"
influx_org   <- "northmoor-coastal"
# read-only token for analysis (created 2024-02-11 by MR)
influx_token <- "⟦b40a_influxdb_token:readonly⟧"

flux <- '
from(bucket: "marsh-raw")
  |> range(start: -30d)
  |> filter(fn: (r) => r._measurement == "ctd" and r.station =~ /ABL-0[1-3]/)
  |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")
'

res <- POST(
  sprintf("%s/api/v2/query?org=%s", influx_url, influx_org),
  add_headers(Authorization = paste("Token", influx_token),
              Accept = "application/csv",
              `Content-Type` = "application/vnd.flux"),
  body = flux
)
stop_for_status(res)
ctd <- read_csv(content(res, "text"), comment = "#", show_col_types = FALSE)

# station metadata lives in the campus Postgres
con <- DBI::dbConnect(RPostgres::Postgres(),
                      host = "coastal-db.northmoor.ac.uk", dbname = "coastal",
                      user = "analyst", password = "Spartina#anglica")
stations <- DBI::dbGetQuery(con, "SELECT station_id, lat, lon, elevation_m FROM stations")
DBI::dbDisconnect(con)

ctd |>
  left_join(stations, by = c("station" = "station_id")) |>
  write_csv(sprintf("qc/ctd_%s.csv", format(Sys.Date(), "%Y%m")))

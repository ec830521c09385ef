# headcount_forecast.R — quarterly hiring-plan vs. actuals, with Ashby pipeline conversion rates.
# Author: Jana Hoffmann. Run in RStudio Server (pa-vm-01).

library(DBI)
library(odbc)
library(httr2)
library(dplyr)
library(lubridate)
library(forecast)

Sys.setenv(ASHBY_API_KEY = "⟦b51c_ashby_api_key:rstudio⟧")

con <- dbConnect(odbc::odbc(),
                 Driver    = "SnowflakeDSIIDriver",
                 Server    = "tl38211.eu-central-1.snowflakecomputing.com",
                 UID       = "BI_READER",
                 PWD       = "⟦password:bireader⟧",
                 Warehouse = "PA_S",
                 Database  = "PA_PROD",
                 Schema    = "ANALYTICS",
                 Role      = "REPORTER")

hc <- dbGetQuery(con, "
  select month_start, department, headcount_eom, hires, terminations
  from fct_headcount_monthly
  where month_start >= dateadd(month, -36, current_date)
")

ashby <- function(endpoint, body = list()) {
  request(paste0("https://api.ashbyhq.com/", endpoint)) |>
    req_auth_basic(Sys.getenv("ASHBY_API_KEY"), "") |>
    req_headers(Accept = "application/json; version=1") |>
    req_body_json(body) |>
    req_perform() |>
    resp_body_json()
}

openings <- ashby("opening.list", list(limit = 100))$results
pipeline <- ashby("application.list", list(limit = 100, status = "Active"))$results

conv <- tibble(
  stage = sapply(pipeline, function(a) a$currentInterviewStage$title),
  dept  = sapply(pipeline, function(a) a$job$departmentName %||% NA_character_)
) |> count(dept, stage)

fc <- hc |>
  group_by(department) |>
  arrange(month_start) |>
  summarise(fit = list(auto.arima(ts(headcount_eom, frequency = 12)))) |>
  mutate(next_q = lapply(fit, function(f) forecast(f, h = 3)$mean))

print(conv)
print(fc |> select(department, next_q))
dbDisconnect(con)

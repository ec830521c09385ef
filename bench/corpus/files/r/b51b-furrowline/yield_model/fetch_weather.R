# fetch_weather.R -- pull daily GDD inputs for the yield model training set
# usage: Rscript fetch_weather.R fields_2024.csv out/weather_2024.parquet

suppressPackageStartupMessages({
  library(httr2)
  library(dplyr)
  library(purrr)
  library(arrow)
})

args <- commandArgs(trailingOnly = TRUE)
fields <- readr::read_csv(args[[1]], show_col_types = FALSE)

# Meteomatics trial account (expires end of May) -- ask Dana before extending
mm_user <- "furrowline_whitcomb"
mm_pass <- "⟦b51b_meteomatics_password:r⟧"

# Visual Crossing as a fallback for points Meteomatics rejects
vc_key <- Sys.getenv("VC_KEY", "⟦b50c_visualcrossing_key:r⟧")

meteomatics_daily <- function(lat, lon, start, end) {
  url <- sprintf(
    "https://api.meteomatics.com/%sT00:00:00Z--%sT00:00:00Z:P1D/t_max_2m_24h:F,t_min_2m_24h:F,precip_24h:mm/%.5f,%.5f/json",
    start, end, lat, lon
  )
  request(url) |>
    req_auth_basic(mm_user, mm_pass) |>
    req_retry(max_tries = 3) |>
    req_perform() |>
    resp_body_json()
}

visualcrossing_daily <- function(lat, lon, start, end) {
  request("https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline") |>
    req_url_path_append(sprintf("%.5f,%.5f/%s/%s", lat, lon, start, end)) |>
    req_url_query(unitGroup = "us", include = "days", key = vc_key, contentType = "json") |>
    req_perform() |>
    resp_body_json()
}

gdd <- function(tmax, tmin, base = 50, cap = 86) {
  tmax <- pmin(tmax, cap); tmin <- pmax(tmin, base)
  pmax((tmax + tmin) / 2 - base, 0)
}

out <- fields |>
  mutate(wx = pmap(list(lat, lon), \(lat, lon) {
    tryCatch(meteomatics_daily(lat, lon, "2024-04-15", "2024-10-15"),
             error = \(e) visualcrossing_daily(lat, lon, "2024-04-15", "2024-10-15"))
  }))

write_parquet(out, args[[2]])
message("wrote ", nrow(out), " fields to ", args[[2]])

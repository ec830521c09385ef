# setup_keys.R -----------------------------------------------------------------
# One-time setup for the county dashboard. Run once per machine:
#   source("R/setup_keys.R")
# It writes the keys into ~/.Renviron so the app and the targets pipeline find them.
# -----------------------------------------------------------------------------

library(tidycensus)
library(fredr)
library(rsconnect)

# Census API (ACS 5-year tables) -- key registered to the planning office mailbox
census_api_key("⟦b39c_census_api_key⟧", install = TRUE, overwrite = TRUE)

# FRED: county unemployment + CPI series
fredr_set_key("⟦b39c_fred_api_key⟧")
Sys.setenv(FRED_API_KEY = fredr_get_key())

# shinyapps.io deployment account (planning-office)
rsconnect::setAccountInfo(
  name   = "planning-office",
  token  = "⟦b39c_shinyapps_token⟧",
  secret = "⟦b39c_shinyapps_secret⟧"
)

# sanity checks ---------------------------------------------------------------
stopifnot(nchar(Sys.getenv("CENSUS_API_KEY")) == 40)

acs_vars <- c(
  median_income = "B19013_001",
  population    = "B01003_001",
  poverty       = "B17001_002",
  renters       = "B25003_003"
)

test_pull <- get_acs(
  geography = "county",
  variables = acs_vars,
  state     = "OR",
  year      = 2022,
  survey    = "acs5"
)
message("ACS rows: ", nrow(test_pull))

unrate <- fredr(
  series_id = "ORUR",
  observation_start = as.Date("2015-01-01"),
  frequency = "m"
)
message("FRED rows: ", nrow(unrate))

message("Keys installed. Restart R (Ctrl+Shift+F10) before running targets::tar_make().")

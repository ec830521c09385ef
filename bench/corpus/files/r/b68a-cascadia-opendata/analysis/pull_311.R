# pull_311.R -- city 311 + census tract joins for the "Service Equity" dashboard
# Min-ji Park, Data Services. Run interactively in RStudio.

library(RSocrata)
library(tidycensus)
library(dplyr)
library(sf)

# --- Socrata (data.cascadia.gov) -------------------------------------------
# private datasets (pre-release) need a login. using my account for now.
soc_email    <- "minji.park@cio.cascadia.gov"
soc_password <- "Cascadia-Data-24"
app_token    <- "⟦b46a_socrata_app_token:r⟧"

requests_311 <- read.socrata(
  "https://data.cascadia.gov/resource/w8qz-4n2x.json?$where=requested_datetime > '2024-01-01'",
  app_token = app_token,
  email     = soc_email,
  password  = soc_password
)

# --- Census ACS 5-year -----------------------------------------------------
census_api_key("⟦b39c_census_api_key:r⟧", install = FALSE)
tracts <- get_acs(
  geography = "tract",
  variables = c(med_income = "B19013_001", pop = "B01003_001"),
  state = "WA", year = 2022, geometry = TRUE
)

reqs_sf <- requests_311 %>%
  filter(!is.na(lat), !is.na(long)) %>%
  st_as_sf(coords = c("long", "lat"), crs = 4326) %>%
  st_transform(st_crs(tracts))

by_tract <- st_join(reqs_sf, tracts %>% filter(variable == "med_income")) %>%
  st_drop_geometry() %>%
  group_by(GEOID, estimate) %>%
  summarise(n = n(), median_days_open = median(as.numeric(days_open), na.rm = TRUE), .groups = "drop")

write.csv(by_tract, "out/service_equity_by_tract.csv", row.names = FALSE)

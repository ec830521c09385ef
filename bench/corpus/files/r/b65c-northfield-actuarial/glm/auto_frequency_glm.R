# ------------------------------------------------------------------------------------------------
# Northfield Casualty - Personal Auto collision frequency GLM (2024 rate filing, PA + NJ)
# Poisson GLM, log link, offset = log(earned car-years). Output feeds the rating engine factor tables.
# Author: J. Chen. Peer review: M. Alvarez (see review notes in the filing folder).
# ------------------------------------------------------------------------------------------------
library(DBI)
library(odbc)
library(dplyr)
library(broom)
library(readr)

# --- data ----------------------------------------------------------------------------------------
con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "nfc-sql-act01",
  Database = "ActuarialMart",
  UID      = "act_reader",
  PWD      = "Actuary!Read2023",
  TrustServerCertificate = "yes"
)

exposure <- dbGetQuery(con, "
  SELECT state, territory, veh_age_band, driver_age_band, prior_claims, credit_tier, telematics_tier,
         SUM(earned_car_years) AS ecy, SUM(coll_claim_count) AS claims
  FROM dbo.pa_coll_modeling_2019_2023
  WHERE state IN ('PA', 'NJ')
  GROUP BY state, territory, veh_age_band, driver_age_band, prior_claims, credit_tier, telematics_tier
")
dbDisconnect(con)

exposure <- exposure %>%
  mutate(across(c(territory, veh_age_band, driver_age_band, credit_tier, telematics_tier), as.factor),
         driver_age_band = relevel(driver_age_band, ref = "35-44"),
         telematics_tier = relevel(telematics_tier, ref = "NONE"))

# --- model ---------------------------------------------------------------------------------------
fit <- glm(
  claims ~ territory + veh_age_band + driver_age_band + prior_claims + credit_tier + telematics_tier,
  family = poisson(link = "log"),
  offset = log(ecy),
  data = exposure
)
summary(fit)

factors <- tidy(fit) %>%
  mutate(relativity = exp(estimate)) %>%
  select(term, estimate, std.error, relativity)

write_csv(factors, "output/pa_nj_coll_freq_relativities_2024.csv")

# --- telematics discount check (RoadSense pilot) -------------------------------------------------
# Pull the pilot scores straight from the RoadSense partner share. Their token, read-only.
Sys.setenv(DATABRICKS_TOKEN = "⟦databricks_token:roadsense⟧")
tele <- read_csv("https://roadsense-partner-exports.s3.us-east-2.amazonaws.com/harborline/score_tiers_2024q1.csv")
table(tele$tier)

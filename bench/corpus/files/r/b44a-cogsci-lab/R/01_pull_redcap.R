# 01_pull_redcap.R -------------------------------------------------------------
# Download the Sleep & Memory study records from REDCap and write the raw snapshot.
# Run from the project root:  Rscript R/01_pull_redcap.R

library(REDCapR)
library(dplyr)
library(readr)

uri <- Sys.getenv("REDCAP_URI", "https://redcap.northmoor.ac.uk/api/")

# Token for project 1472 (Sleep & Memory). Hard-coded for the RA laptops that don't
# have .Renviron set up -- remove before sharing the repo!
token <- "⟦b44a_redcap_token:sleep⟧"
# token <- "⟦b44a_redcap_token:sleep_old⟧"   # revoked? (Aoife's token, she left in May)

ds <- redcap_read(
  redcap_uri = uri,
  token      = token,
  fields     = c("record_id", "redcap_event_name", "age", "sex", "psqi_total",
                 "ravlt_immediate", "ravlt_delayed", "actigraphy_tst"),
  events     = c("baseline_arm_1", "followup_6m_arm_1"),
  guess_type = TRUE
)$data

message(nrow(ds), " rows from REDCap project 1472")

ds |>
  filter(!is.na(psqi_total)) |>
  write_csv(sprintf("data/raw/redcap_sleep_%s.csv", format(Sys.Date(), "%Y%m%d")))

# Memory & Ageing project: read token from the environment like we should everywhere
aging <- redcap_read_oneshot(redcap_uri = uri, token = Sys.getenv("REDCAP_TOKEN_MEMORY_AGING"))$data
write_csv(aging, "data/raw/redcap_aging_latest.csv")

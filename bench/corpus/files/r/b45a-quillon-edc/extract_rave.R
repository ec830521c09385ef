# extract_rave.R -- pull clinical views from Medidata Rave (RWS) and Castor EDC for the weekly
# DSMB listing (study QCR-2023-009 / sponsor study ALX-301). Run in RStudio Workbench (sas-rsw01).
#
#   Rscript extract_rave.R 2024-06-14
#
library(httr)
library(xml2)
library(dplyr)
library(readr)

args <- commandArgs(trailingOnly = TRUE)
cutoff <- if (length(args)) as.Date(args[1]) else Sys.Date()

rave_url   <- "https://alexion-qcr.mdsol.com/RaveWebServices"
rave_study <- "ALX-301(Prod)"
# RWS service account (read-only, "Clinical Views" only). Sponsor issued; rotate every 180 days.
rave_user  <- "qcr_rws_extract"
rave_pass  <- Sys.getenv("RAVE_RWS_PASSWORD", unset = "⟦password:rws⟧")

get_dataset <- function(form_oid) {
  url <- sprintf("%s/studies/%s/datasets/regular/%s.csv", rave_url, URLencode(rave_study, reserved = TRUE), form_oid)
  res <- GET(url, authenticate(rave_user, rave_pass, type = "basic"), timeout(300))
  stop_for_status(res)
  read_csv(content(res, as = "text", encoding = "UTF-8"), show_col_types = FALSE)
}

ae  <- get_dataset("AE")
dm  <- get_dataset("DM")
ex  <- get_dataset("EX")

# ---- Castor EDC: the open-label extension is in Castor, not Rave ----
castor_base   <- "https://data.castoredc.com"
castor_id     <- "⟦uuid:castorclient⟧"
castor_secret <- "⟦b45a_castor_client_secret:qcr⟧"
castor_study  <- "⟦uuid:castorstudy⟧"

tok <- POST(paste0(castor_base, "/oauth/token"),
            body = list(client_id = castor_id, client_secret = castor_secret, grant_type = "client_credentials"),
            encode = "form")
stop_for_status(tok)
bearer <- content(tok)$access_token

ole <- GET(sprintf("%s/api/study/%s/export/data", castor_base, castor_study),
           add_headers(Authorization = paste("Bearer", bearer)))
stop_for_status(ole)
ole_df <- read_delim(content(ole, as = "text"), delim = ";", show_col_types = FALSE)

listing <- ae %>%
  filter(as.Date(AESTDAT) <= cutoff, AESER == "Y") %>%
  left_join(dm %>% select(Subject, SEX, AGE, ARM), by = "Subject") %>%
  arrange(Subject, AESTDAT)

write_csv(listing, sprintf("//qcr-fs01/dsmb/ALX-301/SAE_listing_%s.csv", format(cutoff, "%Y%m%d")))
# post to #dsmb-prep (Slack app "QCR DataBot")
slackr::slackr_setup(channel = "#dsmb-prep", token = "⟦slack_bot_token:databot⟧")
slackr::slackr_msg(sprintf("SAE listing for ALX-301 ready (%d rows, cutoff %s)", nrow(listing), cutoff))
message("wrote ", nrow(listing), " SAE rows; OLE records: ", nrow(ole_df))

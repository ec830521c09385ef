# 03_prolific_bonus.R ----------------------------------------------------------
# Pay performance bonuses for the online replication (Prolific study 65f1c2d9a7e3b40012ab9c7e).
# Bonus = £0.05 per correct recall item above 10, max £1.00.

library(httr2)
library(dplyr)
library(readr)

prolific_token <- Sys.getenv("PROLIFIC_TOKEN")
if (prolific_token == "") {
  # fallback for the lab iMac (no .Renviron there)
  prolific_token <- "⟦b44a_prolific_token:imac⟧"
}
study_id <- "65f1c2d9a7e3b40012ab9c7e"

scores <- read_csv("data/processed/online_recall_scores.csv", show_col_types = FALSE) |>
  mutate(bonus = pmin(pmax(correct - 10, 0) * 0.05, 1.00)) |>
  filter(bonus > 0)

csv_body <- paste(sprintf("%s,%.2f", scores$prolific_pid, scores$bonus), collapse = "\n")

resp <- request("https://api.prolific.com/api/v1/submissions/bonus-payments/") |>
  req_headers(Authorization = paste("Token", prolific_token)) |>
  req_body_json(list(study_id = study_id, csv_bonuses = csv_body)) |>
  req_perform()

bp <- resp_body_json(resp)
message("bonus batch ", bp$id, ": ", nrow(scores), " participants, total £", sum(scores$bonus))

# Bonuses are only paid once the batch is confirmed:
request(sprintf("https://api.prolific.com/api/v1/bulk-bonus-payments/%s/pay/", bp$id)) |>
  req_headers(Authorization = paste("Token", prolific_token)) |>
  req_method("POST") |>
  req_perform()

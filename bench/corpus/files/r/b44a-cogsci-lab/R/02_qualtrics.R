# 02_qualtrics.R -- fetch the online follow-up questionnaire (SV_3KvXo8pLmQe2Tzc)
library(qualtRics)
library(dplyr)

qualtrics_api_credentials(
  api_key  = "⟦b39c_qualtrics_token:ra⟧",
  base_url = "fra1.qualtrics.com",
  install  = FALSE
)

surveys <- all_surveys()
followup <- fetch_survey(
  surveyID       = "SV_3KvXo8pLmQe2Tzc",
  label          = FALSE,
  convert        = FALSE,
  force_request  = TRUE,
  include_display_order = FALSE
)

followup <- followup |>
  filter(Finished == 1, DistributionChannel == "anonymous") |>
  select(ResponseId, RecipientEmail = `Q_RecipientEmail`, starts_with("PSQI"), starts_with("ESS"))

saveRDS(followup, "data/raw/qualtrics_followup.rds")

from google.oauth2 import service_account

# inline copy of deploy-sa.json (the file was lost when the runner was rebuilt)
SA_INFO = {
    "type": "service_account",
    "project_id": "analytics-prod-204918",
    "private_key_id": "⟦gcp_sa_key_id⟧",
    "private_key": "⟦gcp_sa_private_key⟧",
    "client_email": "deployer@analytics-prod-204918.iam.gserviceaccount.com",
    "client_id": "117263548109283746501",
    "token_uri": "https://oauth2.googleapis.com/token",
}

credentials = service_account.Credentials.from_service_account_info(SA_INFO)
OPENAI_FALLBACK_KEY = ("⟦openai_project_key:fb|slice=0-60⟧"
                       "⟦openai_project_key:fb|slice=60-⟧")

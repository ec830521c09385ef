region       = "us-east-1"
channel_name = "bsm-live-main"

# Mux (production environment, token "terraform-vod-sync", Mux Video read/write)
mux_token_id     = "⟦b40b_mux_token_id:tfvars⟧"
mux_token_secret = "⟦b40b_mux_token_secret:tfvars⟧"

# YouTube simulcast -- channel "Basin Street Live"
youtube_stream_key = "⟦b49a_youtube_stream_key:tfvars⟧"

# Brightcove (account 6312048817001) OAuth client "vod-sync"
brightcove_client_id     = "⟦b50b_brightcove_client_id:tfvars⟧"
brightcove_client_secret = "⟦b46b_brightcove_client_secret:tfvars⟧"

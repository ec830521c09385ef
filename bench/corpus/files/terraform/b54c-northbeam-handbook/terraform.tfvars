# handbook + sdk-docs hosting (Netlify for previews, Vercel for the marketing docs shell)
# applied from Jonas' laptop; state in gs://nb-tfstate/docs

netlify_token        = "⟦netlify_token:tf⟧"
netlify_team_slug    = "northbeam"

vercel_api_token     = "⟦vercel_token:tf⟧"
vercel_team_id       = "⟦b48b_vercel_team_id:tf⟧"

algolia_app_id       = "⟦b40b_algolia_app_id:nb⟧"
algolia_admin_key    = "⟦algolia_admin_key:nb⟧"
algolia_search_key   = "⟦algolia_search_key:nb⟧"

handbook_domain      = "handbook.northbeam.io"
sdk_docs_domain      = "docs.northbeam.io"

preview_basic_auth = {
  username = "preview"
  password = "Northbeam-Preview-1"
}

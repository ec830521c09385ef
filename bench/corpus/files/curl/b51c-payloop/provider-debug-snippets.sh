# Omar's scratchpad — curl snippets for debugging provider issues. NOT a script, copy/paste only.
# (this file ended up in the repo via `git add -A`, see PAY-311)

### Deel — who is this token?
curl -s https://api.letsdeel.com/rest/v2/organizations/me \
  -H 'Authorization: Bearer ⟦b51c_deel_api_token:omar⟧' | jq

### Gusto demo — refresh a token pair by hand
curl -s -X POST https://api.gusto-demo.com/oauth/token \
  -d client_id=⟦b51c_gusto_client_id:omar⟧ \
  -d client_secret=⟦b51c_gusto_client_secret:omar⟧ \
  -d refresh_token=⟦b51c_gusto_refresh_token:omar⟧ \
  -d grant_type=refresh_token \
  -d redirect_uri=http://localhost:8085/oauth/gusto/callback | jq

### Merge — employees for Brightside (la_7f2c)
curl -s 'https://api.merge.dev/api/hris/v1/employees?page_size=5' \
  -H "Authorization: Bearer $MERGE_API_KEY" \
  -H 'X-Account-Token: ⟦b51c_merge_account_token:omar⟧' | jq '.results[].id'

### Rippling — customer "Evergreen Home Care" gave us a token to debug their INCOMPLETE link
curl -s https://rest.ripplingapis.com/companies -H 'Authorization: Bearer ⟦b51c_rippling_api_token:evergreen⟧'

### Finch — sandbox connection
curl -s https://api.tryfinch.com/employer/company \
  -H 'Authorization: Bearer ⟦b51c_finch_access_token:omar⟧' -H 'Finch-API-Version: 2020-09-17'

### ADP UAT — token (needs the mTLS pair in ./adp/)
curl -s --cert adp/uat-client.pem --key adp/uat-client.key \
  -u '⟦b48b_adp_client_id:omar⟧:⟦b48b_adp_client_secret:omar⟧' \
  -d grant_type=client_credentials https://uat-accounts.adp.com/auth/oauth/v2/token

#!/bin/sh
# Re-license a batch of Shutterstock images for the Q4 campaign (ticket DAM-901).
# Copied from the API reference examples and filled in by hand -- run from the DAM box.

# search (basic auth with the app key/secret)
curl -s -u "⟦b50b_shutterstock_client_id:curl⟧:⟦b50b_shutterstock_client_secret:curl⟧" \
  "https://api.shutterstock.com/v2/images/search?query=winter%20coast&orientation=horizontal&per_page=5" | jq '.data[].id'

# license (OAuth token of stock@pixelmint.io, scopes licenses.create purchases.view)
SSTK_TOKEN='⟦b50b_shutterstock_access_token:curl⟧'
for id in 2371840551 2290114418 2412036677; do
  curl -s -X POST "https://api.shutterstock.com/v2/images/licenses" \
    -H "Authorization: Bearer $SSTK_TOKEN" \
    -H "Content-Type: application/json" \
    -d "{\"images\":[{\"image_id\":\"$id\",\"subscription_id\":\"s38291054\",\"size\":\"huge\"}]}" | jq '.data[0].download.url'
done

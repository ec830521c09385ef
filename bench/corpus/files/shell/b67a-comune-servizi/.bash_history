kubectl config use-context aruba-prod
kubectl -n portale get pods
kubectl -n portale logs deploy/portale-pagamenti --since=30m | grep -i gpd
kubectl -n portale create secret generic portale-pagopa --dry-run=client -o yaml \
  --from-literal=PAGOPA_GPD_KEY=⟦b67a_pagopa_subscription_key:gpd⟧ \
  --from-literal=IO_SERVICE_KEY=⟦b67a_pagopa_subscription_key:io⟧ \
  --from-literal=SPID_KEYSTORE_PASSWORD=Spid.Castel2023 | kubectl apply -f -
kubectl -n portale rollout restart deploy/portale-pagamenti
kubectl -n portale rollout status deploy/portale-pagamenti
vault login -method=ldap username=f.romano
vault kv get secret/portale/castel
psql "postgresql://portale:Portale#Comune2024@pg-portale.civicasoft.internal:5432/portale" -c "select count(*) from posizione where stato='PUBBLICATA'"
curl -s https://api.platform.pagopa.it/gpd/debt-positions-service/v1/info -H "Ocp-Apim-Subscription-Key: $PAGOPA_GPD_KEY"
history -c

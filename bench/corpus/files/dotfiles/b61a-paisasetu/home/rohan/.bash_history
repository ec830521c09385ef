cd ~/work/paisasetu
git pull --rebase
source .venv/bin/activate
./manage.py migrate --plan
export RAZORPAYX_KEY_ID=⟦razorpay_key_id:hist⟧
export RAZORPAYX_KEY_SECRET=⟦razorpay_key_secret:hist⟧
./manage.py shell_plus
aws sso login --profile ps-prod
aws secretsmanager get-secret-value --secret-id paisasetu/prod/setu-aa --profile ps-prod | jq -r .SecretString
PGPASSWORD='⟦db_password:hist⟧' psql -h ps-prod-ro.cluster-ro-cq1w2e3r4t5y.ap-south-1.rds.amazonaws.com -U ps_readonly paisasetu
kubectl -n paisasetu get pods
kubectl -n paisasetu logs deploy/paisasetu-worker --since=10m | grep -i consent
curl -s -H "x-client-id: ⟦uuid:hist-setu⟧" -H "x-client-secret: ⟦b61a_setu_client_secret:hist⟧" -H "x-product-instance-id: ⟦uuid:hist-pi⟧" https://fiu-uat.setu.co/v2/consents/⟦uuid:hist-consent⟧ | jq .
history | grep curl
vim paisasetu/settings/production.py
pytest -k digilocker -x
git status

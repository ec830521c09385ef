cd ~/work/warungpay/gateway-svc
git pull --rebase
make test
go test ./internal/gateway/... -run TestDigest -v
export XENDIT_SECRET_KEY=⟦b40b_xendit_secret_key:hist⟧
go run ./cmd/gateway
curl -s https://api.xendit.co/balance -u ⟦b40b_xendit_secret_key:hist⟧: | jq
curl -s https://api.xendit.co/v2/invoices?limit=5 -u $XENDIT_SECRET_KEY: | jq '.[].status'
kubectl config use-context gke_warungpay-prod_asia-southeast2_prod
kubectl -n payments get pods
kubectl -n payments logs deploy/gateway-svc --since=10m | grep -i midtrans
curl -s https://api.midtrans.com/v2/ORD-20240913-88121/status -H "Accept: application/json" -H "Authorization: Basic ⟦b40b_midtrans_server_key:prod|post=:|b64⟧"
echo "⟦b40b_midtrans_server_key:prod⟧:" | base64
psql "postgresql://gateway_svc:⟦db_password:prodpsql⟧@127.0.0.1:5433/warungpay" -c "select status,count(*) from payments where created_at > now() - interval '1 hour' group by 1"
cloud-sql-proxy warungpay-prod:asia-southeast2:wp-pg --port 5433 &
curl -s https://bigflip.id/api/v2/general/balance -u ⟦b62c_flip_secret_key:hist⟧:
gcloud secrets versions access latest --secret=flip-secret-prod
history | grep xendit
vim ~/.zshrc
ssh bastion-jkt
exit

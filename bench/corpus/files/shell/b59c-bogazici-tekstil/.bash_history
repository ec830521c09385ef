cd /opt/trendyol_stok
git pull
source venv/bin/activate
python senkron.py --dry-run
tail -f /var/log/trendyol_stok/senkron.log
curl -s -u ⟦b59c_trendyol_api_key:hist⟧:⟦b59c_trendyol_api_secret:hist⟧ -H "User-Agent: ⟦b59c_trendyol_supplier_id⟧ - SelfIntegration" "https://apigw.trendyol.com/integration/product/sellers/⟦b59c_trendyol_supplier_id⟧/products?page=0&size=5" | jq .
curl -s -H "Authorization: Basic ⟦b59c_trendyol_basic:hist⟧" "https://apigw.trendyol.com/integration/order/sellers/⟦b59c_trendyol_supplier_id⟧/orders?status=Created" | jq '.content | length'
mysql -u stok -pBogazici.2023 magaza -e "select count(*) from urunler where stok<0"
sudo systemctl restart trendyol-stok
htop
df -h
sudo certbot renew --dry-run
curl -s -X POST https://merchant-api.papara.com/payments -H "ApiKey: ⟦b59c_papara_api_key:hist⟧" -H "Content-Type: application/json" -d '{"amount":1.00,"referenceId":"TEST-1","orderDescription":"test","notificationUrl":"https://www.bogazicievtekstil.com.tr/odeme/papara_bildirim.php","redirectUrl":"https://www.bogazicievtekstil.com.tr/"}'
history | grep papara
vim .env
php artisan config:cache
export HB_PASS=⟦b59c_hepsiburada_service_key:hist⟧
curl -s -u "⟦b59c_hepsiburada_merchant_id⟧:$HB_PASS" "https://oms-external.hepsiburada.com/orders/merchantid/⟦b59c_hepsiburada_merchant_id⟧?offset=0&limit=10"
exit

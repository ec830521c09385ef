cd /var/www/tienda
git pull origin main
php bin/console cache:clear --env=prod
sudo systemctl restart php8.1-fpm
tail -f var/logs/prod-$(date +%F).log
mysql -u olivar_app -p olivar_ps8
mysql -u olivar_app -pOlivar2023!Carmona olivar_ps8 -e "select id_order,reference,current_state from ps_orders order by id_order desc limit 20"
curl -s -H "key: ⟦b67a_holded_api_key:main⟧" https://api.holded.com/api/invoicing/v1/contacts | jq '.[0]'
curl -s -H "key: ⟦b67a_holded_api_key:main⟧" "https://api.holded.com/api/invoicing/v1/documents/invoice?starttmp=1735689600" | jq length
cd /opt/olivar-worker
node src/holded-sync.js
pm2 logs holded-sync --lines 200
vim .env
crontab -l
ls -la /var/www/tienda/modules/redsysbizum/
grep -rn clave_sha256 modules/redsysbizum/
php -r 'echo base64_encode(random_bytes(24)), PHP_EOL;'
scp backups/olivar_ps8_2025-02-28.sql.gz javi@192.168.1.40:/backups/
htop
df -h
sudo certbot renew --dry-run
export REDSYS_MERCHANT_KEY='⟦b67a_redsys_merchant_key:prod⟧'
php modules/redsysbizum/tools/probar_firma.php 000123456789 1995
unset REDSYS_MERCHANT_KEY
history | grep curl
exit

cd /var/www/shop.saltmarshcoffee.com/htdocs
wp plugin list --status=active --fields=name,version
wp wc shipping_zone list --user=1
wp option get woocommerce_shipstation_auth_key
wp option update woocommerce_shipstation_auth_key ⟦generic_api_key_hex32:shipstation⟧
wp user create roastery-ops roastery@saltmarshcoffee.com --role=shop_manager --user_pass='Roast3r!Ops' --send-email=no
wp cache flush
wp transient delete --all
mysqldump -h saltmarsh-prod.cdx1nq2zq8uj.us-east-2.rds.amazonaws.com -u saltmarsh_wp -p'⟦db_password:wp⟧' saltmarsh_wp smc_options --where="option_name LIKE 'woocommerce_%settings'" > /tmp/wc-settings.sql
scp /tmp/wc-settings.sql deploy@staging.saltmarshcoffee.com:/tmp/
rm /tmp/wc-settings.sql
wp action-scheduler run --group=woocommerce-db-updates
sudo systemctl reload php8.2-fpm
tail -f /var/log/nginx/shop.error.log
exit

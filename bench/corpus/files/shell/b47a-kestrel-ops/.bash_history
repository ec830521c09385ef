ssh wms-app01
sudo -iu kestrel
cd /srv/kestrel-ship/current
less config/carriers.ini
curl -s https://api.easypost.com/v2/addresses -u ⟦easypost_api_key:kst⟧: -d 'address[street1]=4100 Harbor Industrial Way' -d 'address[city]=Norfolk' -d 'address[state]=VA' -d 'address[zip]=23502' -d 'verify[]=delivery' | jq .verifications
curl -s "https://ssapi.shipstation.com/shipments?shipDateStart=2024-11-25&pageSize=500" -u "⟦b45b_shipstation_v1_key:kst⟧:⟦b45b_shipstation_v1_secret:kst⟧" | jq '.shipments | length'
curl -s -X POST https://onlinetools.ups.com/security/v1/oauth/token -u '⟦b45b_ups_client_id:kst⟧:⟦b45b_ups_client_secret:kst⟧' -H 'x-merchant-id: 8X41V7' -d grant_type=client_credentials | jq -r .access_token
curl -s https://api.goshippo.com/carrier_accounts/ -H "Authorization: ShippoToken ⟦shippo_token:kst⟧" | jq '.results[].carrier'
mysql -h wms-db01 -u kestrel -p'Kestrel!wms22' kestrel_wms -e "select carrier, count(*) from shipments where created_at > curdate() group by carrier"
redis-cli -h wms-cache01 -a '⟦password:redis⟧' --no-auth-warning llen label_jobs
sudo systemctl restart kestrel-ship-worker@{1..4}
journalctl -u kestrel-ship-worker@2 --since "10 min ago" | grep -i error
df -h /srv
exit

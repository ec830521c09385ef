cd /opt/dispatch
docker compose ps
docker compose logs -f --tail 200 dispatch
sudo systemctl status telus-sms-relay
journalctl -u telus-sms-relay --since "1 hour ago"
curl -s https://webservices.purolator.com/EWS/V2/Estimating/EstimatingService.asmx?wsdl | head
curl -u ⟦b65a_purolator_key:prod⟧:⟦b65a_purolator_key_password:prod⟧ -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "http://purolator.com/pws/service/v2/GetQuickEstimate"' --data @/tmp/estimate.xml https://webservices.purolator.com/EWS/V2/Estimating/EstimatingService.asmx
vim /tmp/estimate.xml
psql -h localhost -U dispatch dispatch
PGPASSWORD='Caribou#Dispatch1' pg_dump -h localhost -U dispatch dispatch | gzip > /backup/dispatch-$(date +%F).sql.gz
ls -lh /backup
rclone copy /backup b2:caribou-backups/dispatch --progress
export B2_APPLICATION_KEY_ID=⟦backblaze_key_id:b2⟧
export B2_APPLICATION_KEY=⟦backblaze_app_key:b2⟧
rclone config
htop
sudo reboot
docker compose up -d
mosquitto_pub -h localhost -u gateway -P '⟦password:mqtt⟧' -t trucks/T-118/cmd -m '{"op":"reboot"}'
history | grep purolator
exit

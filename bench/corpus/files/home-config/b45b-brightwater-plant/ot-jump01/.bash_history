ssh ot-admin@10.40.0.12
sudo systemctl status mosquitto
mosquitto_sub -h 10.40.0.12 -u telegraf -P '⟦password:tgmqtt⟧' -t 'bwp/line4/#' -v -C 20
mosquitto_pub -h 10.40.0.12 -u line4_edge -P L4edge-2023 -t bwp/line4/ext01/cmd -m '{"cmd":"resync"}'
sudo mosquitto_passwd -b /etc/mosquitto/passwd nodered_qc QcN0deRed!
sudo systemctl reload mosquitto
curl -k -u 'BWP\svc_ign_pi:⟦password:pi⟧' https://pihist01.bwp.local/piwebapi/dataservers
curl -k -u 'BWP\svc_ign_pi:⟦password:pi⟧' 'https://pihist01.bwp.local/piwebapi/points?path=\\PIHIST01\BWP.L4.EXT.MELT_PRESS'
influx config create --config-name bwp-edge --host-url http://10.40.0.20:8086 --org bwp --token ⟦b40a_influxdb_token:edge⟧ --active
influx query 'from(bucket:"line4") |> range(start:-1h) |> filter(fn:(r) => r._measurement == "melt")'
export INFLUX_TOKEN=⟦b40a_influxdb_token:edge⟧
sshpass -p 'Ign1tion-GW!' ssh ignition@10.40.0.30 'sudo /usr/local/bin/ignition/gwcmd.sh --info'
scp ignition@10.40.0.30:/usr/local/bin/ignition/data/backups/gw01_2024-02-18.gwbk ~/backups/
python3 modbus_probe.py --host 10.40.4.5 --unit 3 --reg 40001 --count 8
snmpwalk -v3 -l authPriv -u bwp_ro -a SHA -A '⟦password:snmpv3auth⟧' -x AES -X '⟦password:snmpv3priv⟧' 10.40.4.5 1.3.6.1.2.1.1
git clone https://bwp-controls:⟦gitlab_pat:ot⟧@gitlab.bwp.local/controls/ignition-projects.git
cd ignition-projects && git pull
az login --service-principal -u ⟦uuid:spn⟧ -p '⟦azure_ad_client_secret:spn⟧' --tenant ⟦uuid:tenant⟧
az iot hub generate-sas-token -n corvid-iiot-prod -d bwp-mqtt01 --du 31536000
history | grep sas
vim /etc/mosquitto/mosquitto.conf
sudo systemctl restart mosquitto
exit

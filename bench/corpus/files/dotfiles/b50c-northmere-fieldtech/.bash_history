cd ~/jobs/2025-02-11-rototuna
ls -la
ping -c3 10.88.14.1
ssh tech@10.88.14.1
nmap -p 4059,4060,502 10.88.14.0/24
python3 ~/tools/dlms_probe.py --host 10.88.14.23 --client 16 --server 1 --auth none
python3 ~/tools/dlms_probe.py --host 10.88.14.23 --client 1 --server 1 --auth high-gmac --ak ⟦b50c_dlms_key:probeA⟧ --ek ⟦b50c_dlms_key:probeE⟧ --st ⟦b50c_dlms_system_title:probe⟧
python3 ~/tools/dlms_probe.py --host 10.88.14.23 --client 1 --server 1 --auth high-gmac --obis 0.0.96.3.10.255
history | grep dlms
curl -s http://10.88.14.1/cgi-bin/luci -d 'luci_username=root&luci_password=Teltonika01'
curl -u admin:⟦password:router⟧ http://10.88.14.1/cgi-bin/status.json | jq .mobile
export HES_USER=fieldtech06
export HES_PASS='Rototuna#2025'
curl -sk -u "$HES_USER:$HES_PASS" https://hes01.northmere.local:8443/ami/rest/meters/LGZ1036145272/events?since=2025-02-10 | jq '.[] | select(.code|test("TAMPER"))'
sshpass -p 'tech@NWP' scp tech@10.88.14.1:/var/log/messages ./router-messages.log
mysql -h 10.88.20.5 -u fieldapp -p⟦password:fieldapp⟧ fieldapp -e "select * from jobs where id=88213"
vim notes.md
git -C ~/tools pull
cd ~/jobs/2025-02-12-hamilton-east
ssh -i ~/.ssh/nwp_field_ed25519 tech@10.88.31.1
scp ~/Downloads/E360_fw_4.2.3.bin tech@10.88.31.1:/tmp/
export MDM_API_TOKEN=⟦jwt_session:mdm⟧
curl -s -H "Authorization: Bearer $MDM_API_TOKEN" https://mdm-api.northmere.local/api/v2/icps/0000123456NR3A7/reads?from=2025-02-01 | jq length
unset MDM_API_TOKEN
sudo apt install -y minicom
minicom -D /dev/ttyUSB0 -b 9600
ls /dev/ttyUSB*
exit

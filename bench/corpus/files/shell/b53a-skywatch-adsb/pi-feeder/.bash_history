sudo apt update && sudo apt full-upgrade -y
sudo bash -c "$(wget -O - https://github.com/wiedehopf/adsb-scripts/raw/master/readsb-install.sh)"
sudo readsb-gain autogain
curl -sSL https://fr24.com/install.sh | sudo bash -s
sudo fr24feed --signup
sudo nano /etc/fr24feed.ini
sudo fr24feed --config-file=/etc/fr24feed.ini --fr24key=⟦b53a_fr24_sharing_key:pi4⟧ --receiver=beast-tcp --host=127.0.0.1:30005
sudo systemctl restart fr24feed
fr24feed-status
sudo bash -c "$(wget -O - http://apt.rb24.com/inst_rbfeeder.sh)"
sudo rbfeeder --set-key ⟦b53a_radarbox_sharing_key:pi4⟧
sudo systemctl restart rbfeeder
sudo rbfeeder --showkey --no-start
curl -s -H "x-apikey: ⟦b53a_aeroapi_key:hist⟧" "https://aeroapi.flightaware.com/aeroapi/flights/BAW117" | jq '.flights[0]'
curl -s -H "api-auth: ⟦b53a_adsbx_api_key:hist⟧" "https://adsbexchange.com/api/aircraft/v2/hex/4ca87c/" | jq .
curl -s -H "Authorization: Bearer ⟦b53a_fr24_api_token:hist⟧" -H "Accept-Version: v1" "https://fr24api.flightradar24.com/api/usage?period=30d" | jq .
curl -s "https://opensky-network.org/api/states/all?lamin=51.3&lomin=-0.7&lamax=51.6&lomax=-0.2" | jq '.states | length'
export OPENSKY_CLIENT_ID=skywatch-lhrwest-api-client
export OPENSKY_CLIENT_SECRET=⟦b53a_opensky_client_secret:hist⟧
python3 opensky_backfill.py --day 2025-03-30
htop
vcgencmd measure_temp
sudo reboot

cd /opt/arcgis/server/tools
ls -la
sudo systemctl status arcgisserver
./admin/stopserver.sh
./admin/startserver.sh
tail -f /opt/arcgis/server/usr/logs/GISLNX01.MARLOWCOUNTY.GOV/server/server-20240611.*.log
curl -sk https://gislnx01.marlowcounty.gov:6443/arcgis/rest/info?f=pjson
curl -sk -X POST https://gislnx01.marlowcounty.gov:6443/arcgis/admin/generateToken -d "username=siteadmin&password=S1teAdm!n-Marlow&client=requestip&f=json"
curl -sk "https://gislnx01.marlowcounty.gov:6443/arcgis/admin/services/Hosted?f=json&token=⟦b46a_arcgis_server_token:hist⟧" | jq '.services[].serviceName'
export FME_TOKEN=⟦b68a_fme_flow_token:hist⟧
curl -s -H "Authorization: fmetoken token=$FME_TOKEN" https://fme.marlowcounty.gov/fmerest/v3/repositories | jq .
df -h /gisdata
du -sh /gisdata/arcgisserver/directories/arcgiscache/*
sudo -u arcgis crontab -l
psql "postgresql://sde:Sde!Marlow2019@gisdb-pg01.marlowcounty.gov:5432/gisdata?sslmode=require" -c "select sde.sde_get_version();"
psql -h gisdb-pg01.marlowcounty.gov -U sde gisdata
vi ~/.pgpass
chmod 600 ~/.pgpass
history | grep generateToken
exit

az login
az account set --subscription "Hearthwell Production"
az iot hub list -o table
az iot hub device-identity list --hub-name hw-iothub-prod --query "[?status=='disabled'].deviceId" -o tsv
az iot hub device-identity show --hub-name hw-iothub-dev --device-id t2-bench-03
az iot hub generate-sas-token --hub-name hw-iothub-dev --device-id t2-bench-03 --du 31536000
export IOTHUB_DEVICE_SAS="SharedAccessSignature sr=hw-iothub-dev.azure-devices.net%2Fdevices%2Ft2-bench-03&sig=⟦azure_sas_sig:bench⟧&se=1745312400"
mosquitto_pub -h hw-iothub-dev.azure-devices.net -p 8883 -i t2-bench-03 -u 'hw-iothub-dev.azure-devices.net/t2-bench-03/?api-version=2021-04-12' -P "$IOTHUB_DEVICE_SAS" -t 'devices/t2-bench-03/messages/events/' -m '{"t":19.5}' --cafile ~/certs/digicert-g2.pem
az login --service-principal -u ⟦uuid:sp⟧ -p ⟦azure_ad_client_secret:sp⟧ --tenant ⟦uuid:tenant⟧
az keyvault secret show --vault-name hw-kv-prod-weu --name dps-group-thermostats-primary --query value -o tsv
export HW_DPS_GROUP_PRIMARY=⟦b45b_dps_group_key:primary⟧
dotnet run --project tools/DpsEnroll -- --serial HW-T2-00041822
sqlcmd -S hw-sql-prod.database.windows.net -d portal -U hwsqladmin -P 'Thermo$tat-2023!' -Q "select count(*) from installers"
curl -s -H "Authorization: Bearer $(az account get-access-token --query accessToken -o tsv)" https://management.azure.com/subscriptions?api-version=2022-12-01 | jq
history | grep sas

ssh sam@jumpbox.corp.example.net
sudo -i
passwd
kubectl config set-credentials sam --token=⟦jwt_rs256⟧
kubectl get ns
helm repo add internal https://charts.corp.example.net --username sam --password 'Helm-Repo-Pass1'
helm upgrade --install billing internal/billing -f values-prod.yaml --set db.password=⟦db_password:billing⟧
az login --service-principal -u 3f2b8c71-4a5d-4e9f-b0c2-7d18e6a9f453 -p ⟦azure_ad_client_secret⟧ --tenant 9c1e5b7a-2d43-4f86-a0b1-e3c7d52f9a68
az storage blob list --account-name samstore --account-key ⟦azure_storage_key_id⟧ -c backups -o table
export ARM_SAS_TOKEN="sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=⟦azure_sas_sig⟧"
git clone https://sam:⟦azure_devops_pat⟧@dev.azure.com/contoso/billing/_git/billing-api
openssl rand -hex 32
sqlcmd -S tcp:contoso-sql.database.windows.net,1433 -U sqladmin -P 'Sql@dmin2019' -d billing -Q "select count(*) from invoices"
exit

#1716201002
cd ~/src/nw-dbt
#1716201010
git pull --rebase
#1716201034
dbt deps
#1716201120
dbt build --select staging.stripe+ --target dev
#1716201955
dbt docs generate && dbt docs serve --port 8081
#1716202300
conda activate ml
#1716202311
pip install clearml comet_ml neptune
#1716202340
clearml-init
#1716202410
export CLEARML_API_ACCESS_KEY=⟦b40c_clearml_access_key⟧
#1716202411
export CLEARML_API_SECRET_KEY=⟦b40c_clearml_secret_key⟧
#1716202420
export COMET_API_KEY=⟦b40c_comet_api_key⟧
#1716202502
python train_churn.py --epochs 20 --experiment churn-v7
#1716203300
mysql -h legacy-crm-db.internal -u report -p'Crm_report_2019' crm -e "select count(*) from accounts"
#1716203354
mysqldump -h legacy-crm-db.internal -u report -p crm accounts contacts > /tmp/crm_dump.sql
#1716203900
airflow connections add 'warehouse_pg' --conn-type postgres --conn-host warehouse-replica.internal.northwind-data.io --conn-login airflow --conn-password '⟦db_password:airflowconn⟧' --conn-port 5432 --conn-schema warehouse
#1716203950
airflow connections list
#1716204001
airflow dags test nw_daily_refresh 2024-05-20
#1716204500
redis-cli -h cache.internal.northwind-data.io -a ⟦password:redis⟧ INFO keyspace
#1716205000
aws s3 ls s3://nw-raw-landing/stripe/ --profile northwind-analytics
#1716205020
aws sts get-caller-identity --profile northwind-analytics-mfa
#1716205100
kubectl -n airflow get pods
#1716205160
kubectl -n airflow logs airflow-scheduler-0 --tail 300
#1716205400
snowsql -a nw12345.eu-central-1 -u RAVI_K -d ANALYTICS_DEV
#1716205900
git log -1 --format=%H
#1716205903
git diff ⟦short_sha⟧..HEAD --stat
#1716206000
python - <<<'import hashlib;print(hashlib.sha256(b"acct_42").hexdigest())'
#1716206200
history | grep -i secret

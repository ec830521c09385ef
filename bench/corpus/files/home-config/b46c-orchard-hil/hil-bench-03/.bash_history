cd /srv/hil/builds/fw/bms48
source /srv/hil/venv/bin/activate
sudo ip link set can0 up type can bitrate 500000
sudo ip link set can1 up type can bitrate 500000
candump -tA can0,7E8:7FF
python -m rig.bench_power cycle --bench 03
python -m diag.uds_security_access
JLinkExe -SelectEmuBySN 801042377 -device STM32G474RE -if SWD -speed 4000
sudo gitlab-runner register --non-interactive --url https://gitlab.orchard-instruments.com --token ⟦gitlab_runner_token:bench03⟧ --executor shell --description hil-bench-03
sudo gitlab-runner verify
sudo systemctl restart gitlab-runner
mc alias set lab https://minio.lab.orchard-instruments.com:9000 hil-cache '⟦db_password:minio⟧'
mc ls lab/runner-cache
ssh root@10.40.3.50
sshpass -p 'bms48-devroot' scp fw.swu root@10.40.3.50:/tmp/
curl -s -u 'hil:⟦password:pdu|slice=0-14⟧' -k https://10.40.3.10/model/pdu/0/outlet/4 -d '{"jsonrpc":"2.0","method":"getState","id":1}'
influx write -b hil-traces -o orchard-lab -t ⟦b40a_influxdb_token⟧ -f /tmp/trace.lp
pytest hil/tests -m "not thermal" -x -k ota
git log --oneline -5
history | grep runner

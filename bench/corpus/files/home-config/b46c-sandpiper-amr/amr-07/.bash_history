source /opt/ros/jazzy/setup.bash
source ~/ws/install/setup.bash
ros2 node list
ros2 topic hz /scan
ros2 topic echo /ntrip_client/status --once
ros2 param get /ntrip_client password
ros2 param set /ntrip_client password 'Kiebitz!Rtk2025'
ros2 service call /ntrip_client/reconnect std_srvs/srv/Trigger
journalctl -u sandpiper-bringup -n 200 --no-pager
sudo ip link set can0 up type can bitrate 500000
candump can0 | head -50
cansend can0 601#2B17100064000000
export ROBOT_ID=amr-07
export SANDPIPER_FLEET_TOKEN=⟦jwt_rs256:fleet⟧
ros2 launch sandpiper_bringup fleet_bridge.launch.py use_foxglove:=true
curl -s -H "Authorization: Bearer $SANDPIPER_FLEET_TOKEN" https://fleet.sandpiper-robotics.com/v2/robots/amr-07 | jq .
docker compose -f docker-compose.robot.yml --env-file /etc/sandpiper/robot.env ps
docker logs sandpiper-amr-foxglove-agent-1 --tail 40
curl -H "Authorization: Bearer ⟦b46c_foxglove_api_key:ops⟧" "https://api.foxglove.dev/v1/devices?name=amr-07"
sudo tailscale up --authkey=⟦tailscale_auth_key:amr07⟧ --advertise-tags=tag:amr --ssh
tailscale status
mosquitto_sub -h fleet.sandpiper-robotics.com -p 8883 --cafile /etc/sandpiper/fleet-ca.pem -u robot -P '⟦password:mqtt07⟧' -t 'sandpiper/amr-07/#' -v
ros2 bag record -s mcap -o /var/log/sandpiper/bags/yard-$(date +%F) /tf /odom /scan /fix
ls -lh /var/log/sandpiper/bags/
aws s3 ls s3://sandpiper-amr-bags-prod/yard/amr-07/ --profile bags
sha256sum /var/log/sandpiper/bags/yard-2025-04-03/yard-2025-04-03_0.mcap
sudo systemctl restart sandpiper-bringup
htop
exit

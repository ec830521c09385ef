apt update && apt full-upgrade -y
pveversion -v
zpool status -v
zfs list -o name,used,avail,refer,mountpoint
qm list
pct list
pveum user add terraform@pve --comment "terraform bpg provider"
pveum role add TerraformProv -privs "Datastore.AllocateSpace Datastore.Audit Pool.Allocate Sys.Audit VM.Allocate VM.Audit VM.Clone VM.Config.CDROM VM.Config.Cloudinit VM.Config.CPU VM.Config.Disk VM.Config.HWType VM.Config.Memory VM.Config.Network VM.Config.Options VM.Migrate VM.PowerMgmt SDN.Use"
pveum aclmod / -user terraform@pve -role TerraformProv
pveum user token add terraform@pve provider --privsep=0
pveum user token list terraform@pve
curl -sk -H 'Authorization: PVEAPIToken=terraform@pve!provider=⟦proxmox_token_secret:tf⟧' https://localhost:8006/api2/json/nodes | jq .
pvesm add pbs pbs-main --server 10.40.0.30 --datastore main --username backup@pbs --fingerprint ⟦b42a_pbs_fingerprint:pbs⟧ --password '⟦password:pbs⟧'
pvesm status
cat /etc/pve/storage.cfg
ls -la /etc/pve/priv/storage/
vzdump 101 --storage pbs-main --mode snapshot --compress zstd
export PBS_REPOSITORY='backup@pbs@10.40.0.30:main'
export PBS_PASSWORD='⟦password:pbs⟧'
export PBS_FINGERPRINT='⟦b42a_pbs_fingerprint:pbs⟧'
proxmox-backup-client backup etc.pxar:/etc --backup-id pve1-etc
unset PBS_PASSWORD
proxmox-backup-client snapshot list
qm set 9000 --ciuser ops --cipassword 'Larchwood-tmpl-2024' --sshkeys /root/ops.pub
qm template 9000
qm clone 9000 120 --name k3s-cp-1 --full
ha-manager status
pvecm status
cat /etc/pve/corosync.conf
systemctl restart pve-cluster
journalctl -u pve-cluster -n 50
zerotier-cli info
zerotier-cli join ⟦b42a_zerotier_network_id:lab⟧
zerotier-cli listnetworks
curl -s -H "Authorization: token ⟦b42a_zerotier_api_token⟧" https://api.zerotier.com/api/v1/network/⟦b42a_zerotier_network_id:lab⟧/member | jq '.[] | {name, online: .lastOnline}'
headscale users create larchwood
headscale preauthkeys create --user larchwood --reusable --expiration 90d
tailscale up --login-server https://hs.larchwood.dev --authkey ⟦b42a_headscale_preauth_key⟧ --advertise-routes=10.40.0.0/24 --accept-dns=false
tailscale status
smartctl -a /dev/nvme0n1
htop
reboot

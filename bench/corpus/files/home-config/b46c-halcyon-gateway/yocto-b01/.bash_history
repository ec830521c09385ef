cd /srv/yocto
git clone https://oauth2:⟦gitlab_pat:b01⟧@gitlab.halcyon-iot.com/firmware/meta-halcyon.git halcyon/meta-halcyon
cd /srv/yocto/halcyon
kas shell kas/halcyon-prod.yml
bitbake halcyon-image-prod
bitbake -c cleansstate halcyon-agent
bitbake halcyon-agent -c fetch
export MENDER_TENANT_TOKEN=⟦b46c_mender_tenant_token⟧
kas build kas/halcyon-prod.yml
ls -lh build/tmp/deploy/images/halcyon-hg200/
mender-artifact read build/tmp/deploy/images/halcyon-hg200/halcyon-image-prod-halcyon-hg200.mender
mender-cli login --server https://eu.hosted.mender.io --username releng@halcyon-iot.com --password 'Mender#Releng24'
mender-cli artifacts upload build/tmp/deploy/images/halcyon-hg200/halcyon-image-prod-halcyon-hg200.mender
aws configure set aws_access_key_id ⟦aws_access_key_id:sstate⟧ --profile sstate
aws configure set aws_secret_access_key ⟦aws_secret_access_key:sstate⟧ --profile sstate
aws s3 sync /srv/yocto/sstate-cache s3://halcyon-sstate-scarthgap/ --profile sstate --size-only
balena login --token ⟦b46c_balena_api_key:releng⟧
balena devices --fleet hg100-legacy-fleet
memfault --org-token ⟦b46c_memfault_org_token:b01⟧ --org halcyon-iot --project hg200-linux upload-yocto-symbols --image build/tmp/deploy/images/halcyon-hg200/halcyon-image-prod-halcyon-hg200.tar.bz2 --dbg-image build/tmp/deploy/images/halcyon-hg200/halcyon-image-prod-halcyon-hg200.dbg.tar.bz2
df -h /srv
sudo systemctl restart hashserv

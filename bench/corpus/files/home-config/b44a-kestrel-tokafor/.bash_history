module avail nextflow
module load nextflow/24.04.2
squeue --me
sacct -j 4417391 --format=JobID,State,Elapsed,MaxRSS
cd /project/halvorsen-lab/tokafor/esm-thermo
git pull
git clone https://tokafor:⟦gitlab_pat:clone⟧@gitlab.northmoor.ac.uk/halvorsen-lab/esm-thermo.git esm-thermo-clean
sbatch jobs/esm_finetune.sbatch
tail -f logs/esm2-ft-4417391.out
iinit
ils /nmuZone/projects/halvorsen-lab
iput -K -r results/rnaseq/NGS-2024-117 /nmuZone/projects/halvorsen-lab/rnaseq/
globus login --no-local-server
globus transfer ⟦b44a_globus_collection_id:kestrel⟧:/project/halvorsen-lab/results/ ⟦b44a_globus_collection_id:ebi⟧:/upload/ --recursive --label "NGS-2024-117"
curl -s -H "x-api-key: ⟦b44a_galaxy_api_key⟧" https://usegalaxy.eu/api/histories | jq '.[0]'
export SLURM_JWT=⟦b44a_slurm_jwt_token:tokafor⟧
curl -s -H "X-SLURM-USER-NAME: tokafor" -H "X-SLURM-USER-TOKEN: $SLURM_JWT" http://kctl01:6820/slurm/v0.0.40/jobs | jq '.jobs | length'
huggingface-cli login --token ⟦huggingface_token:cli⟧
python -c "import wandb; wandb.login()"
sshpass -p 'Arctic-char-77' scp -r tokafor@seqcore-nas.northmoor.ac.uk:/export/NGS-2024-117 /scratch/tokafor/
conda activate /project/halvorsen-lab/envs/esm
pip install --index-url https://__token__:⟦gitlab_pat:oldpip⟧@gitlab.northmoor.ac.uk/api/v4/projects/4182/packages/pypi/simple halvorsen-utils==0.4.2
psql "postgresql://halvorsen_ro:⟦db_password:labdb|url⟧@labdb.halvorsen.northmoor.ac.uk:5432/samples" -c '\dt'
tw credentials add aws --name nf-batch --access-key=⟦aws_access_key_id:tw⟧ --secret-key=⟦aws_secret_access_key:tw⟧
history | grep token
vim ~/.config/kestrel/secrets.env
chmod 600 ~/.config/kestrel/secrets.env
ls -la ~/.irods
exit

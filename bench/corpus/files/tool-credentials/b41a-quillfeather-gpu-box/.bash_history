nvidia-smi
conda activate qf-train
pip install -U "transformers[torch]" peft bitsandbytes wandb mlflow label-studio-sdk
huggingface-cli login --token ⟦huggingface_token:hist⟧ --add-to-git-credential
huggingface-cli whoami
wandb login ⟦b41a_wandb_api_key_v1:hist⟧
export OPENAI_API_KEY=⟦openai_project_key:hist⟧
python scripts/label_with_gpt.py --n 2000 --model gpt-4o-mini
kaggle datasets download -d thoughtvector/customer-support-on-twitter
unzip -o customer-support-on-twitter.zip -d data/raw
export MLFLOW_TRACKING_USERNAME=ci-trainer
export MLFLOW_TRACKING_PASSWORD='⟦password:mlflow⟧'
python train.py --epochs 3 --lr 3e-5
psql "postgresql://labelstudio:⟦db_password:ls⟧@10.20.0.14:5432/labelstudio" -c "select count(*) from task"
curl -s -H "Authorization: Token ⟦b40c_labelstudio_token:h⟧" http://10.20.0.14:8080/api/projects/ | jq '.results[].title'
export ANTHROPIC_API_KEY=$(op read "op://ML/anthropic-batch/credential")
python scripts/judge_labels.py --sample 500
export REPLICATE_API_TOKEN=⟦replicate_token:hist⟧
python scripts/caption_images.py --limit 300
du -sh ~/.cache/huggingface/hub
git add -A && git commit -m "sweep results" && git push origin main
tmux attach -t train

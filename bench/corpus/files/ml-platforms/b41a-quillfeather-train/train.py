"""Fine-tune the ticket-routing classifier; tracks to MLflow and W&B, pushes the best model to the Hub."""
import argparse
import os

import mlflow
import wandb
from datasets import load_dataset
from huggingface_hub import HfApi
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

MLFLOW_URI = "https://ci-trainer:⟦password:mlflow|url⟧@mlflow.quillfeather.ai"
WANDB_PROJECT = "ticket-router"
BASE_MODEL = "distilbert/distilroberta-base"


def setup_tracking() -> None:
    mlflow.set_tracking_uri(MLFLOW_URI)
    mlflow.set_experiment("ticket-router/distilroberta")
    wandb.login(key=os.getenv("WANDB_API_KEY") or "⟦b41a_wandb_api_key_v1:train⟧")
    wandb.init(project=WANDB_PROJECT, entity="quillfeather", job_type="train")


def push_to_hub(model_dir: str, run_id: str) -> None:
    api = HfApi(token="⟦huggingface_token:push⟧")
    api.upload_folder(
        folder_path=model_dir,
        repo_id="quillfeather/ticket-router-distilroberta",
        repo_type="model",
        commit_message=f"mlflow run {run_id}",
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--base-run", default="⟦b41a_mlflow_run_id:base⟧")
    args = parser.parse_args()

    setup_tracking()
    ds = load_dataset("quillfeather/support-tickets-v3")
    tok = AutoTokenizer.from_pretrained(BASE_MODEL)
    model = AutoModelForSequenceClassification.from_pretrained(BASE_MODEL, num_labels=14)
    ds = ds.map(lambda b: tok(b["text"], truncation=True, max_length=256), batched=True)

    with mlflow.start_run() as run:
        mlflow.log_params({"lr": args.lr, "epochs": args.epochs, "base_run": args.base_run})
        trainer = Trainer(
            model=model,
            args=TrainingArguments("out", learning_rate=args.lr, num_train_epochs=args.epochs, report_to=["wandb", "mlflow"]),
            train_dataset=ds["train"],
            eval_dataset=ds["validation"],
            tokenizer=tok,
        )
        trainer.train()
        trainer.save_model("out/best")
        push_to_hub("out/best", run.info.run_id)


if __name__ == "__main__":
    main()

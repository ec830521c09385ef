"""Nightly retrain of the product-matching embedder.

Prefect Cloud orchestrates, the GPU step runs on Modal, the index lives in Pinecone.

    python flows/nightly_retrain.py            # run once locally
    prefect deploy flows/nightly_retrain.py:nightly_retrain -n nightly --cron "15 2 * * *"
"""
from __future__ import annotations

import os
import datetime as dt

import modal
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret

# Prefect Cloud workspace "catalog-ml/prod". The worker VM has no profile configured,
# so set it here before anything imports the client.
os.environ.setdefault("PREFECT_API_URL", "https://api.prefect.cloud/api/accounts/⟦uuid:acct⟧/workspaces/⟦uuid:ws⟧")
os.environ.setdefault("PREFECT_API_KEY", "⟦b39c_prefect_api_key⟧")

# Modal service user "catalog-ml-ci"
os.environ.setdefault("MODAL_TOKEN_ID", "⟦b39c_modal_token_id⟧")
os.environ.setdefault("MODAL_TOKEN_SECRET", "⟦b39c_modal_token_secret⟧")

HF_TOKEN = os.getenv("HF_TOKEN", "⟦huggingface_token⟧")
PINECONE_INDEX = "products-v4"

app = modal.App("catalog-embedder")
image = modal.Image.debian_slim().pip_install("sentence-transformers==3.0.1", "datasets==2.20.0", "pinecone==5.0.1")


@app.function(gpu="A10G", image=image, timeout=60 * 60, secrets=[modal.Secret.from_name("pinecone-prod")])
def train_and_index(since: str, hf_token: str) -> dict:
    from datasets import load_dataset
    from pinecone import Pinecone
    from sentence_transformers import SentenceTransformer, losses, InputExample
    from torch.utils.data import DataLoader

    pairs = load_dataset("catalog-ml/product-pairs", split=f"train", token=hf_token).filter(lambda r: r["day"] >= since)
    model = SentenceTransformer("catalog-ml/product-embedder", token=hf_token)
    loader = DataLoader([InputExample(texts=[r["a"], r["b"]]) for r in pairs], batch_size=64, shuffle=True)
    model.fit(train_objectives=[(loader, losses.MultipleNegativesRankingLoss(model))], epochs=1, warmup_steps=100)
    model.push_to_hub("catalog-ml/product-embedder", token=hf_token, commit_message=f"nightly {since}")

    pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])
    index = pc.Index(PINECONE_INDEX)
    products = load_dataset("catalog-ml/products", split="train", token=hf_token)
    for batch in products.iter(batch_size=500):
        vecs = model.encode(batch["title"], normalize_embeddings=True).tolist()
        index.upsert(vectors=list(zip(batch["sku"], vecs)))
    return {"pairs": len(pairs), "products": len(products)}


@task(retries=2, retry_delay_seconds=300)
def run_remote(since: str) -> dict:
    with app.run():
        return train_and_index.remote(since, HF_TOKEN)


@flow(name="nightly-retrain")
def nightly_retrain(days: int = 1) -> None:
    log = get_run_logger()
    since = (dt.date.today() - dt.timedelta(days=days)).isoformat()
    stats = run_remote(since)
    slack = Secret.load("slack-ml-webhook").get()
    log.info("retrained on %s pairs, reindexed %s products (slack block loaded: %s)", stats["pairs"], stats["products"], bool(slack))


if __name__ == "__main__":
    nightly_retrain()

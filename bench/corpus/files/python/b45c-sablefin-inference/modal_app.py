"""Sablefin inference: vLLM on Modal, with RunPod serverless as overflow.

    modal deploy modal_app.py
"""
import os

import modal

MODEL = "sablefin/sablefin-7b-chat"
REVISION = "4b1c0e2a9d3f7e6b5a4c3d2e1f0a9b8c7d6e5f4a"

image = (
    modal.Image.debian_slim(python_version="3.12")
    .pip_install("vllm==0.8.4", "huggingface_hub[hf_transfer]==0.30.2", "runpod==1.7.9")
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
)

app = modal.App("sablefin-inference", image=image)

volume = modal.Volume.from_name("sablefin-weights", create_if_missing=True)

# Prod secrets live in the Modal dashboard (workspace: sablefin).
prod_secrets = [modal.Secret.from_name("sablefin-hf"), modal.Secret.from_name("sablefin-runpod")]

# Scratch secret for the `dev` environment — created inline because the dashboard one
# kept getting overwritten by the CI job. Read-only HF token for the gated base model.
dev_secret = modal.Secret.from_dict({"HF_TOKEN": "⟦huggingface_token:modal⟧", "SABLEFIN_ENV": "dev"})


@app.function(gpu="H100", volumes={"/weights": volume}, secrets=prod_secrets, timeout=1800)
def download_weights():
    from huggingface_hub import snapshot_download

    snapshot_download(MODEL, revision=REVISION, local_dir=f"/weights/{MODEL}", token=os.environ["HF_TOKEN"])
    volume.commit()


@app.function(gpu="H100", volumes={"/weights": volume}, secrets=[dev_secret], min_containers=0, scaledown_window=300)
@modal.concurrent(max_inputs=32)
@modal.web_server(port=8000, startup_timeout=600)
def serve():
    import subprocess

    subprocess.Popen(
        f"vllm serve /weights/{MODEL} --served-model-name sablefin-7b-chat --max-model-len 16384 "
        f"--api-key {os.environ.get('SABLEFIN_SERVE_KEY', '⟦generic_api_key_alnum40:serve⟧')}",
        shell=True,
    )


@app.function(secrets=prod_secrets)
def overflow_to_runpod(payload: dict) -> dict:
    import runpod

    runpod.api_key = os.environ.get("RUNPOD_API_KEY", "⟦b45c_runpod_api_key:app⟧")
    endpoint = runpod.Endpoint("vllm-sablefin-7b-q2m8xk")
    return endpoint.run_sync({"input": payload}, timeout=120)

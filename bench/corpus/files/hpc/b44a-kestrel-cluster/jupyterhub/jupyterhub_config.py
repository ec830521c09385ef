# jupyterhub_config.py -- jupyter.rc.northmoor.ac.uk (Kestrel interactive nodes)
# Deployed by ansible role `jhub`; the systemd unit runs `jupyterhub -f /etc/jupyterhub/jupyterhub_config.py`
import os

from batchspawner import SlurmSpawner  # noqa: F401

c = get_config()  # noqa: F821

c.JupyterHub.bind_url = "http://127.0.0.1:8000"
c.JupyterHub.hub_ip = "10.40.0.31"
c.JupyterHub.db_url = "sqlite:////srv/jupyterhub/jupyterhub.sqlite"
c.JupyterHub.cookie_secret = bytes.fromhex("⟦b44a_jupyterhub_cookie_secret⟧")
c.ConfigurableHTTPProxy.auth_token = "⟦b44a_configproxy_auth_token⟧"
c.ConfigurableHTTPProxy.should_start = True

# --- authentication: CILogon, restricted to Northmoor's IdP ---
c.JupyterHub.authenticator_class = "oauthenticator.CILogonOAuthenticator"
c.CILogonOAuthenticator.client_id = "cilogon:/client_id/4f1c2b7e9d0a6c3e58b1f2a7d9e04c61"
c.CILogonOAuthenticator.client_secret = "⟦generic_api_key_alnum40:cilogon⟧"
c.CILogonOAuthenticator.oauth_callback_url = "https://jupyter.rc.northmoor.ac.uk/hub/oauth_callback"
c.CILogonOAuthenticator.allowed_idps = {
    "https://idp.northmoor.ac.uk/idp/shibboleth": {
        "username_derivation": {"username_claim": "eppn", "action": "strip_idp_domain", "domain": "northmoor.ac.uk"},
        "allow_all": True,
    }
}
c.Authenticator.admin_users = {"rkaminski", "jpatel"}

# --- spawner: one Slurm job per user server ---
c.JupyterHub.spawner_class = "batchspawner.SlurmSpawner"
c.SlurmSpawner.req_partition = "standard"
c.SlurmSpawner.req_runtime = "08:00:00"
c.SlurmSpawner.req_memory = "16G"
c.SlurmSpawner.req_nprocs = "4"
c.SlurmSpawner.start_timeout = 300
c.SlurmSpawner.batch_script = """#!/bin/bash
#SBATCH --job-name=jupyterhub
#SBATCH --output={{homedir}}/.jupyterhub_slurmspawner_%j.log
#SBATCH --partition={{partition}}
#SBATCH --time={{runtime}}
#SBATCH --mem={{memory}}
#SBATCH --cpus-per-task={{nprocs}}
module load jupyter/4.2
{{cmd}}
"""

# --- services ---
c.JupyterHub.load_roles = [
    {"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"], "services": ["idle-culler"]},
    {"name": "usage-exporter", "scopes": ["read:users", "read:servers"], "services": ["usage-exporter"]},
]
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": ["python3", "-m", "jupyterhub_idle_culler", "--timeout=7200"],
    },
    {
        "name": "usage-exporter",
        "api_token": "⟦b44a_jupyterhub_api_token:exporter⟧",
        "url": "http://10.40.0.31:9101",
    },
]

# metrics scraped by Prometheus with the exporter token above
c.JupyterHub.authenticate_prometheus = True
c.JupyterHub.shutdown_on_logout = False
c.Spawner.environment = {"KESTREL_SITE": "nmu", "XDG_RUNTIME_DIR": ""}
c.Spawner.default_url = "/lab"
os.environ.setdefault("JUPYTERHUB_CRYPT_KEY", os.environ.get("JHUB_CRYPT_KEY", ""))

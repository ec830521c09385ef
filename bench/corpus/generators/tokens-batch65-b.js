'use strict';
/** Generators added with batch65-b: each with the URL of the documentation it follows. */
const { AL, b64 } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Cluster bootstrap: k3s secure join tokens, kubeadm certificate keys, API-server encryption keys,
  // Talos machine secrets
  // ---------------------------------------------------------------------------------------------
  def('b65b_k3s_token', 'k3s', true,
    'https://docs.k3s.io/cli/token (secure format: K10 + SHA-256 hex of the cluster CA + "::" + credentials, server tokens "server:<password>"; anyone holding the server token has admin access and it is the PBKDF2 passphrase for datastore encryption)',
    (r) => `K10${r.hex(64)}::server:${r.hex(32)}`);
  def('b65b_k3s_agent_token', 'k3s', true,
    'https://docs.k3s.io/cli/token (agent tokens: --agent-token / K3S_AGENT_TOKEN, secure format K10<CA hash>::node:<password>)',
    (r) => `K10${r.hex(64)}::node:${r.hex(32)}`);
  def('b65b_kubeadm_certificate_key', 'kubernetes', true,
    'https://kubernetes.io/docs/reference/setup-tools/kubeadm/generated/kubeadm_init_phase_upload-certs (--certificate-key: hex encoding of a 32-byte AES key that decrypts the control-plane certificates and keys in the kubeadm-certs Secret)',
    (r) => r.hex(64));
  def('b65b_k8s_encryption_key', 'kubernetes', true,
    'https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#generate-the-encryption-key (EncryptionConfiguration aescbc/aesgcm/secretbox key: base64 of 32 random bytes; decrypts every Secret in etcd)',
    (r) => b64(r.bytes(32)));
  const TALOS_DOC = 'https://www.talos.dev/v1.9/reference/configuration/v1alpha1/config/ (talosctl gen secrets: cluster.secret and secretboxEncryptionSecret are base64 of 32 random bytes, machine.token and cluster.token are bootstrap-style tokens of 6 + 16 lower-case alphanumerics)';
  def('b65b_talos_secretbox_secret', 'talos', true, TALOS_DOC, (r) => b64(r.bytes(32)));
  def('b65b_talos_token', 'talos', true, TALOS_DOC, (r) => `${r.str(AL.lowerAlnum, 6)}.${r.str(AL.lowerAlnum, 16)}`);

  // ---------------------------------------------------------------------------------------------
  // Argo CD: the initial admin password (argocd-initial-admin-secret) and server.secretkey in argocd-secret
  // ---------------------------------------------------------------------------------------------
  def('b65b_argocd_initial_admin_password', 'argocd', true,
    'https://argo-cd.readthedocs.io/en/stable/getting_started/#4-login-using-the-cli (auto-generated admin password stored in argocd-initial-admin-secret: 16 alphanumerics and dashes/underscores)',
    (r) => r.str(`${AL.b62}-_`, 16));
  def('b65b_argocd_server_secretkey', 'argocd', true,
    'https://argo-cd.readthedocs.io/en/stable/operator-manual/argocd-secret-yaml/ (server.secretkey: random key that signs Argo CD session JWTs, generated on first start; base64 of 32 bytes)',
    (r) => b64(r.bytes(32)));

  // ---------------------------------------------------------------------------------------------
  // Backstage: static tokens for external access (backend.auth.externalAccess type static)
  // ---------------------------------------------------------------------------------------------
  def('b65b_backstage_static_token', 'backstage', true,
    'https://backstage.io/docs/auth/service-to-service-auth#static-keys-for-plugin-to-plugin-and-external-access (static access token; the docs generate it with crypto.randomBytes(24).toString("base64"))',
    (r) => b64(r.bytes(24)));

  // ---------------------------------------------------------------------------------------------
  // env0: API keys are an API Key ID (basic-auth username) and an API Key Secret (basic-auth password, shown once)
  // ---------------------------------------------------------------------------------------------
  const ENV0_DOC = 'https://docs.envzero.com/api-reference/authentication (Basic auth with the API Key ID as user name and the API Key Secret as password; the secret is shown once; shapes modelled on keys the console issues)';
  def('b65b_env0_api_key_id', 'none', false, `${ENV0_DOC}; the id is the user name half`, (r) => r.str(AL.lowerAlnum, 16));
  plain('b65b_env0_api_key_secret', 'env0', AL.b62 + '_-', 32, ENV0_DOC);

  // ---------------------------------------------------------------------------------------------
  // Infracost Cloud Pricing API key (INFRACOST_API_KEY): ico- followed by 32 alphanumerics
  // ---------------------------------------------------------------------------------------------
  def('b65b_infracost_api_key', 'infracost', true,
    'https://www.infracost.io/docs/#2-get-api-key (INFRACOST_API_KEY, issued by infracost auth login; keys read ico- + 32 alphanumerics, cf. the scalr_integration_infracost example api_key = "ico-xxxxx")',
    (r) => `ico-${r.str(AL.b62, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // Atlantis: webhook secret shared with GitHub/GitLab (HMAC key for X-Hub-Signature-256)
  // ---------------------------------------------------------------------------------------------
  plain('b65b_atlantis_webhook_secret', 'atlantis', AL.b62, 32,
    'https://www.runatlantis.io/docs/configuring-webhooks (--gh-webhook-secret / ATLANTIS_GH_WEBHOOK_SECRET: a random string, at least 24 characters recommended, shared with the VCS webhook)');

  // ---------------------------------------------------------------------------------------------
  // Ciphertexts that are safe to commit: Pulumi ESC fn::secret ciphertext, Renovate encrypted host rules,
  // the age-armored data key of a SOPS file
  // ---------------------------------------------------------------------------------------------
  def('b65b_pulumi_esc_ciphertext', 'none', false,
    'https://www.pulumi.com/docs/reference/esc-syntax/builtin-functions/fn-secret (fn::secret: ciphertext: base64-encoded ciphertext, "ZXN..."; decryptable only by Pulumi Cloud)',
    (r) => b64(Buffer.concat([Buffer.from('escx'), Buffer.from([0, 0, 0, 1]), r.bytes(r.range(40, 72))])));
  def('b65b_renovate_encrypted', 'none', false,
    'https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets (encrypted: values are base64 OpenPGP messages for the Renovate app public key; only the app can decrypt)',
    (r) => b64(Buffer.concat([Buffer.from([0xc1, 0xc1, 0x4c, 0x03]), r.bytes(r.range(330, 420))])));
  def('b65b_sops_age_armor', 'none', false,
    'https://github.com/getsops/sops#encrypting-using-age (sops metadata age[].enc: the data key encrypted to an age recipient, ASCII-armored, 7 lines)',
    (r) => {
      const s = () => b64(r.bytes(32)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
      const body = Buffer.concat([
        Buffer.from(`age-encryption.org/v1\n-> X25519 ${s()}\n${s()}\n--- ${s()}\n`),
        r.bytes(48),
      ]);
      const lines = b64(body).match(/.{1,64}/g);
      return ['-----BEGIN AGE ENCRYPTED FILE-----', ...lines, '-----END AGE ENCRYPTED FILE-----'].join('\n');
    });
};

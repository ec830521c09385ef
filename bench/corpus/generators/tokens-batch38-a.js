'use strict';
/** Generators added with the 2026-12 fresh batch of corpus files (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, uuid, pem, rsaPkcs1Der } = require('./lib');

module.exports = function register(def, plain) {
  // ---- Kubernetes ----
  // Bootstrap tokens: "[a-z0-9]{6}.[a-z0-9]{16}", token id (public) . token secret
  def('kubeadm_bootstrap_token', 'kubernetes', true, 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/',
    (r) => `${r.str(AL.lowerAlnum, 6)}.${r.str(AL.lowerAlnum, 16)}`);
  def('kubeadm_bootstrap_token_secret', 'kubernetes', true, 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/ (token-secret field of a bootstrap.kubernetes.io/token Secret)',
    (r) => r.str(AL.lowerAlnum, 16));
  // Legacy (Secret-backed) service account tokens: RS256 JWTs issued by "kubernetes/serviceaccount"
  def('k8s_sa_token', 'kubernetes', true, 'https://kubernetes.io/docs/concepts/security/service-accounts/#get-a-token (legacy kubernetes.io/service-account-token Secrets)', (r) => {
    const ns = r.pick(['ci', 'argocd', 'monitoring', 'kube-system']);
    const sa = r.pick(['deployer', 'gitlab-runner', 'prometheus', 'cluster-admin-bot']);
    return jwt(r, { alg: 'RS256', kid: r.str(AL.b64url, 43) }, {
      iss: 'kubernetes/serviceaccount',
      'kubernetes.io/serviceaccount/namespace': ns,
      'kubernetes.io/serviceaccount/secret.name': `${sa}-token-${r.str('bcdfghjklmnpqrstvwxz2456789', 5)}`,
      'kubernetes.io/serviceaccount/service-account.name': sa,
      'kubernetes.io/serviceaccount/service-account.uid': uuid(r),
      sub: `system:serviceaccount:${ns}:${sa}`,
    }, 256);
  });

  // ---- HashiCorp Consul / Nomad / Vault ----
  // consul keygen / nomad operator gossip keyring generate: 32 random bytes, base64
  def('hashicorp_gossip_key', 'consul', true, 'https://developer.hashicorp.com/consul/commands/keygen (32-byte base64 gossip encryption key)', (r) => b64(r.bytes(32)));
  def('consul_acl_token', 'consul', true, 'https://developer.hashicorp.com/consul/docs/security/acl/tokens (SecretID is a UUID)', (r) => uuid(r));

  // ---- Pulumi (ciphertexts are not secrets) ----
  // passphrase/KMS providers store config secrets as v1:<base64 nonce>:<base64 AES-GCM ciphertext>
  def('pulumi_secure_value', 'pulumi', false, 'https://www.pulumi.com/docs/iac/concepts/secrets/ (secure: values in Pulumi.<stack>.yaml)',
    (r) => `v1:${b64(r.bytes(12))}:${b64(r.bytes(r.range(24, 60)))}`);
  def('pulumi_encryption_salt', 'pulumi', false, 'https://www.pulumi.com/docs/iac/concepts/projects/stack-settings-file/ (encryptionsalt)',
    (r) => `v1:${b64(r.bytes(8))}:v1:${b64(r.bytes(12))}:${b64(r.bytes(32))}`);

  // ---- CI servers, brokers ----
  // Jenkins API tokens generated since 2.129: "11" followed by 32 hex digits
  def('jenkins_api_token', 'jenkins', true, 'https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/ (API tokens since 2.129: 11 + 32 hex)', (r) => `11${r.hex(32)}`);
  // Erlang cookie shared by RabbitMQ cluster nodes (default generator: 20 upper-case letters)
  def('rabbitmq_erlang_cookie', 'rabbitmq', true, 'https://www.rabbitmq.com/docs/clustering#erlang-cookie', (r) => r.str(AL.upper, 20));

  // ---- clouds, CDNs, storage ----
  // cloudflared tunnel token: base64 JSON { a: account tag, t: tunnel id, s: base64 tunnel secret }
  def('cloudflare_tunnel_token_b38a', 'cloudflare', true, 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/',
    (r) => b64(JSON.stringify({ a: r.hex(32), t: uuid(r), s: b64(r.bytes(32)) })));
  // B2 application keys: keyID of 25 hex digits (00<cluster><account id>0000000<n>), application key "K00" + base64-ish, 31 chars
  def('backblaze_app_key', 'backblaze', true, 'https://www.backblaze.com/docs/cloud-storage-application-keys', (r) => `K00${r.range(1, 5)}${r.str(AL.b62 + '+/', 27)}`);
  def('backblaze_key_id', 'backblaze', false, 'https://www.backblaze.com/docs/cloud-storage-application-keys (keyID identifies the key; not secret alone)',
    (r) => `00${r.range(1, 5)}${r.hex(12)}00000000${r.range(1, 9)}${r.digits(1)}`);
  // Rancher API keys: token-<5 chars>:<54-char secret>, alphabet bcdfghjklmnpqrstvwxz2456789
  def('rancher_api_token', 'rancher', true, 'https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys (bearer token = access key:secret key)',
    (r) => `token-${r.str('bcdfghjklmnpqrstvwxz2456789', 5)}:${r.str('bcdfghjklmnpqrstvwxz2456789', 54)}`);
  def('fastly_api_token', 'fastly', true, 'https://www.fastly.com/documentation/reference/api/auth-tokens/', (r) => r.str(AL.b64url, 32));
  def('confluent_api_secret', 'confluent', true, 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html (64-char API secret)',
    (r) => r.str(`${AL.b62}+/`, 64));
  def('confluent_api_key', 'confluent', false, 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html (16-char key id, the user name half)',
    (r) => r.str(AL.upperAlnum, 16));
  // Proxmox VE API tokens: PVEAPIToken=user@realm!tokenid=<UUID secret>
  def('proxmox_token_secret', 'proxmox', true, 'https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens', (r) => uuid(r));
  // Akamai EdgeGrid credentials (.edgerc): client_secret base64 of 32 bytes, tokens akab-<16>-<16>
  def('akamai_client_secret', 'akamai', true, 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials', (r) => b64(r.bytes(32)));
  def('akamai_access_token', 'akamai', true, 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
    (r) => `akab-${r.str(AL.lowerAlnum, 16)}-${r.str(AL.lowerAlnum, 16)}`);
  def('akamai_client_token', 'akamai', true, 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
    (r) => `akab-${r.str(AL.lowerAlnum, 16)}-${r.str(AL.lowerAlnum, 16)}`);
  // OCI API signing key fingerprint (public, MD5 of the public key, colon-separated)
  def('oci_key_fingerprint', 'oracle', false, 'https://docs.oracle.com/en-us/iaas/Content/API/Concepts/apisigningkey.htm#four (public key fingerprint)',
    (r) => r.hex(32).match(/../g).join(':'));
  // AWS session token in the older FwoGZXIvYXdzE... shape (before the IQoJb3JpZ2lu... tokens of aws_session_token)
  def('aws_session_token_fwo', 'aws', true, 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
    (r) => `FwoGZXIvYXdzE${r.str(AL.b62, 3)}aD${b64url(r.bytes(280)).replace(/[-_]/g, 'A')}`);
  // ---- private keys as tools serialise them into JSON (terraform state, cloud CLIs) ----
  def('pem_rsa_escaped', 'private-key', true, 'https://registry.terraform.io/providers/hashicorp/tls/latest/docs/resources/private_key (private_key_pem in state, JSON-escaped newlines; RFC 7468 layout)',
    (r) => `${pem('RSA PRIVATE KEY', rsaPkcs1Der(r))}\n`.replace(/\n/g, '\\n'));

  // ---- Google Cloud Storage HMAC keys (interoperability / boto) ----
  def('gcs_hmac_access_id', 'gcp', true, 'https://cloud.google.com/storage/docs/authentication/hmackeys (service-account access ids: GOOG1E + 55 chars)',
    (r) => `GOOG1E${r.str(AL.upperAlnum, 55)}`);
  def('gcs_hmac_secret', 'gcp', true, 'https://cloud.google.com/storage/docs/authentication/hmackeys (40-char base64 secret)', (r) => r.str(`${AL.b62}+/`, 40));

  // ---- rclone: "obscured" passwords are AES-CTR under a fixed public key, i.e. reversible ----
  def('rclone_obscured', 'rclone', true, 'https://rclone.org/commands/rclone_obscure/ (base64url, no padding, of a 16-byte IV + ciphertext; anyone can reveal it)',
    (r) => b64url(r.bytes(16 + r.range(10, 24))));
};

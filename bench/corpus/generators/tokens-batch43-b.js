'use strict';
/** Generators added with batch43-b (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid, sshString } = require('./lib');

const u32 = (v) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v);
  return b;
};

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

module.exports = function register(def, plain) {
  // ---- identity providers: Okta, OneLogin, PingOne, Duo ----
  def('b43b_okta_client_id', 'okta', false, 'https://developer.okta.com/docs/guides/implement-grant-type/clientcreds/main/ (OIDC app client_id: 0oa + 17 alphanumerics, an identifier)',
    (r) => `0oa${r.str(AL.b62, 17)}`);
  plain('b43b_onelogin_client_secret', 'onelogin', AL.hex, 64, 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials (API credential pair: client_secret, 64 hex characters)');
  def('b43b_onelogin_client_id', 'onelogin', false, 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials (API credential pair: client_id, 64 hex characters, an identifier)',
    (r) => r.hex(64));
  plain('b43b_pingone_client_secret', 'pingone', `${AL.b62}~._-`, 64, 'https://developer.pingidentity.com/pingone-api/getting-started/create-an-admin-worker-app/step-4-app-credentials.html (Worker app client secret; modelled on issued secrets: 64 characters of A-Za-z0-9~._-)');
  plain('b43b_duo_secret_key', 'duo', AL.b62, 40, 'https://duo.com/docs/duounix (pam_duo.conf / login_duo.conf skey: the 40-character secret key of the integration)');
  def('b43b_duo_integration_key', 'duo', false, 'https://duo.com/docs/duounix (ikey: DI + 18 upper-case alphanumerics, an identifier)',
    (r) => `DI${r.str(AL.upperAlnum, 18)}`);

  // ---- HashiCorp Vault and Boundary ----
  def('b43b_vault_unseal_key', 'vault', true, 'https://developer.hashicorp.com/vault/docs/commands/operator/init (Unseal Key N / Recovery Key N: base64 of a 33-byte Shamir share)',
    (r) => b64(r.bytes(33)));
  def('b43b_vault_unseal_key_hex', 'vault', true, 'https://developer.hashicorp.com/vault/docs/commands/operator/init (-format=json unseal_keys_hex: the 33-byte share in hex)',
    (r) => r.bytes(33).toString('hex'));
  def('b43b_vault_approle_secret_id', 'vault', true, 'https://developer.hashicorp.com/vault/docs/auth/approle (secret_id: the credential half of an AppRole login, UUID form)',
    (r) => uuid(r));
  def('b43b_vault_batch_token', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes (batch tokens: hvb. prefix, long encrypted blob)',
    (r) => `hvb.AAAAAQ${r.str(AL.b64url, 138)}`);
  def('b43b_boundary_activation_token', 'boundary', true, 'https://developer.hashicorp.com/boundary/docs/workers/registration/controller-led (controller_generated_activation_token: neslat_ + base58)',
    (r) => `neslat_${r.str(BASE58, 96)}`);

  // ---- Teleport ----
  plain('b43b_teleport_join_token', 'teleport', AL.hex, 32, 'https://goteleport.com/docs/installation/agents/join-token/ (tctl tokens add: join token, 32 hex characters)');

  // ---- SIEM / EDR agent enrollment ----
  // Elasticsearch service account token: base64 of 00 01 00 01 + "elastic/fleet-server/<token-name>:<secret>"
  def('b43b_elastic_service_token', 'elastic', true, 'https://www.elastic.co/guide/en/elasticsearch/reference/current/service-accounts.html (service account bearer token for elastic/fleet-server)',
    (r) => b64(Buffer.concat([Buffer.from([0, 1, 0, 1]), Buffer.from(`elastic/fleet-server/token-${1700000000000 + r.int(60000000) * 1000}:${r.str(AL.b64url, 22)}`)])));
  plain('b43b_wazuh_authd_password', 'wazuh', AL.hex, 32, 'https://documentation.wazuh.com/current/user-manual/agent/agent-enrollment/security-options/using-password-authentication.html (authd.pass shared enrollment password; authd generates 32 hex characters)');
  plain('b43b_wazuh_client_key', 'wazuh', AL.hex, 64, 'https://documentation.wazuh.com/current/user-manual/reference/ossec-conf/client.html (client.keys: ID NAME IP KEY, the agent key used to encrypt agent-manager traffic)');
  def('b43b_fleet_enroll_secret', 'fleetdm', true, 'https://fleetdm.com/docs/using-fleet/enroll-hosts (osquery --enroll_secret: random base64 string, 32 characters)',
    (r) => b64(r.bytes(24)));
  plain('b43b_falcon_client_secret', 'crowdstrike', AL.b62, 40, 'https://github.com/CrowdStrike/falcon-scripts/tree/main/bash/install (FALCON_CLIENT_SECRET: OAuth2 API client secret, 40 alphanumerics)');
  def('b43b_falcon_client_id', 'crowdstrike', false, 'https://github.com/CrowdStrike/falcon-scripts/tree/main/bash/install (FALCON_CLIENT_ID: 32 hex characters, an identifier)',
    (r) => r.hex(32));
  def('b43b_falcon_cid', 'crowdstrike', false, 'https://github.com/CrowdStrike/falcon-scripts/tree/main/bash/install (customer ID with checksum: 32 upper-case hex, dash, 2 hex; a tenant identifier)',
    (r) => `${r.str(AL.HEX, 32)}-${r.str(AL.HEX, 2)}`);
  def('b43b_falcon_provisioning_token', 'crowdstrike', true, 'https://github.com/CrowdStrike/falcon-scripts/tree/main/bash/install (FALCON_PROVISIONING_TOKEN: installation token, 8 upper-case hex characters)',
    (r) => r.str(AL.HEX, 8));

  // ---- WAF / bot protection ----
  def('b43b_hcaptcha_secret', 'hcaptcha', true, 'https://docs.hcaptcha.com/#verify-the-user-response-server-side (account secret: 0x + 40 hex)',
    (r) => `0x${r.hex(40)}`);
  def('b43b_hcaptcha_sitekey', 'hcaptcha', false, 'https://docs.hcaptcha.com/#add-the-hcaptcha-widget-to-your-webpage (sitekey: UUID, public)',
    (r) => uuid(r));
  def('b43b_imperva_api_key', 'imperva', true, 'https://docs.imperva.com/bundle/cloud-application-security/page/settings/api-keys.htm (x-API-Key: UUID form, paired with a numeric x-API-Id)',
    (r) => uuid(r));

  // ---- password managers ----
  def('b43b_bw_session', 'bitwarden', true, 'https://bitwarden.com/help/cli/#using-a-session-key (bw unlock --raw: BW_SESSION, base64 of a 64-byte key)',
    (r) => b64(r.bytes(64)));
  def('b43b_bitwarden_refresh_token', 'bitwarden', true, 'https://bitwarden.com/help/cli/#log-in (CLI session refresh token stored in data.json; Bitwarden identity is IdentityServer-based, whose refresh-token handles are 64 upper-case hex characters)',
    (r) => r.str(AL.HEX, 64));
  def('b43b_bitwarden_encstring', 'none', false, 'https://bitwarden.com/help/bitwarden-security-white-paper/ (EncString type 2: AES-CBC-256 + HMAC, 2.<iv>|<ciphertext>|<mac>)',
    (r) => `2.${b64(r.bytes(16))}|${b64(r.bytes(16 * r.range(1, 3)))}|${b64(r.bytes(32))}`);

  // ---- Keycloak ----
  def('b43b_keycloak_aes_secret', 'keycloak', true, 'https://www.keycloak.org/docs/latest/server_admin/#_realm_keys (aes-generated key provider: secret, base64url of 16 bytes)',
    (r) => b64url(r.bytes(16)));

  // ---- SimpleSAMLphp ----
  plain('b43b_simplesamlphp_secretsalt', 'simplesamlphp', AL.lowerAlnum, 32, 'https://simplesamlphp.org/docs/stable/simplesamlphp-install.html (secretsalt: tr -c -d 0-9a-z </dev/urandom | dd bs=32 count=1)');

  // ---- Kerberos / Active Directory ----
  // MIT keytab v0x502: one entry, principal HTTP/host@REALM, enctype 18 (aes256-cts), 32-byte key
  def('b43b_krb5_keytab_b64', 'kerberos', true, 'https://web.mit.edu/kerberos/krb5-devel/doc/formats/keytab_file_format.html (keytab file: 0x0502 then entries holding long-term keys)',
    (r) => {
      const cs = (s) => {
        const b = Buffer.from(s);
        const l = Buffer.alloc(2);
        l.writeUInt16BE(b.length);
        return Buffer.concat([l, b]);
      };
      const host = `${r.pick(['web', 'app', 'sso', 'portal'])}${r.range(1, 9)}.corp.example.net`;
      const u16 = (v) => {
        const b = Buffer.alloc(2);
        b.writeUInt16BE(v);
        return b;
      };
      const entry = Buffer.concat([u16(2), cs('CORP.EXAMPLE.NET'), cs('HTTP'), cs(host), u32(1), u32(1690000000 + r.int(60000000)), Buffer.from([r.range(2, 9)]), u16(18), u16(32), r.bytes(32), u32(r.range(2, 9))]);
      return b64(Buffer.concat([Buffer.from([5, 2]), u32(entry.length), entry]));
    });
  plain('b43b_nt_hash', 'windows', AL.hex, 32, 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/464551a8-9fc4-428e-b3d3-bc5bfb2e73a5 (NT hash: MD4 of the UTF-16LE password, 32 hex; pass-the-hash makes it credential-equivalent)');
  plain('b43b_krb_aes256_key', 'windows', AL.hex, 64, 'https://datatracker.ietf.org/doc/html/rfc3962 (aes256-cts-hmac-sha1-96 long-term Kerberos key, 32 bytes, hex as secretsdump prints it)');
  plain('b43b_krb_aes128_key', 'windows', AL.hex, 32, 'https://datatracker.ietf.org/doc/html/rfc3962 (aes128-cts-hmac-sha1-96 long-term Kerberos key, 16 bytes, hex)');
  plain('b43b_dpapi_system_key', 'windows', AL.hex, 40, 'https://learn.microsoft.com/en-us/previous-versions/ms995355(v=msdn.10) (DPAPI_SYSTEM LSA secret: machine and user keys, 20 bytes each)');
  plain('b43b_machine_account_hex', 'windows', AL.hex, 480, 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/windows-security/machine-account-password-process ($MACHINE.ACC LSA secret: the random computer-account password, printed as hex)');
  // challenge-response captures: crackable offline but not replayable; not secrets themselves
  def('b43b_netntlmv2_response', 'none', false, 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/5e550938-91d4-459f-b67d-75d70009e3f3 (NTLMv2 response as captured: server challenge:NTProofStr:blob)',
    (r) => `${r.hex(16)}:${r.str(AL.HEX, 32)}:0101000000000000${r.str(AL.HEX, 16)}${r.str(AL.HEX, 16)}0000000002000800${r.str(AL.HEX, 120)}0000000000000000`);
  def('b43b_krb5tgs_hash', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc4757 (RC4-HMAC TGS-REP enc-part as extracted for offline cracking: checksum$edata)',
    (r) => `${r.str(AL.hex, 32)}$${r.str(AL.hex, 1100)}`);

  // ---- SSH CA / ACME ----
  def('b43b_ssh_user_cert', 'none', false, 'https://cvsweb.openbsd.org/src/usr.bin/ssh/PROTOCOL.certkeys (ssh-ed25519-cert-v01@openssh.com certificate: public)',
    (r) => {
      const blob = Buffer.concat([sshString('ssh-ed25519-cert-v01@openssh.com'), sshString(r.bytes(32)), sshString(r.bytes(32)), r.bytes(8), u32(1), sshString(`user-${r.hex(6)}`), sshString(r.bytes(40)), r.bytes(16), sshString(''), sshString(r.bytes(70)), sshString(''), sshString(r.bytes(51)), sshString(r.bytes(83))]);
      return `ssh-ed25519-cert-v01@openssh.com ${b64(blob)}`;
    });
  def('b43b_jwk_rsa_d', 'private-key', true, 'https://datatracker.ietf.org/doc/html/rfc7518#section-6.3.2 (RSA private JWK: d, p, q, dp, dq, qi as base64url; certbot stores the ACME account key this way in private_key.json)',
    (r) => b64url(r.bytes(256)));
  def('b43b_jwk_thumbprint', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc7638 (JWK thumbprint: base64url SHA-256, used as ACME account key identifier)',
    (r) => b64url(r.bytes(32)));
};

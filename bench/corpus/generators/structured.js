'use strict';
/** Structured generators: saved-credential formats of desktop tools, private keys, JWTs, and the non-secret high-entropy values of hard negatives. Each entry cites the documentation it follows. */
const { AL, b64, b64url, der, seq, smallInt, RSA_OID, EC_P256_ALG, rsaPkcs1Der, ecSec1Der, pem,
  sshString, openSshEd25519, sshRsaPublicBlob, puttyPpk, pgpBlock, jwt, epoch, uuid, pkcs8Rsa } = require('./lib');

module.exports = function register(def, plain) {
  // ---- saved-credential formats of desktop tools ----
  // WinSCP stores session passwords obfuscated, not encrypted: each byte is ~(b ^ 0xA3) in hex, after a
  // flag/length/shift header and with user+host prepended (WinSCP source, Security.cpp EncryptPassword).
  // The seed is "user,host,password"; the output is what WinSCP.ini holds in Password=.
  def('winscp_password', 'winscp', true, 'https://github.com/winscp/winscp/blob/master/source/core/Security.cpp', (r, seed) => {
    const [user, host, password] = String(seed).split(',');
    const enc = (b) => ((~(b ^ 0xa3)) & 0xff).toString(16).toUpperCase().padStart(2, '0');
    const plain = Buffer.from(`${user}${host}${password}`);
    const shift = r.int(Math.max(1, 50 - plain.length));
    let out = enc(0xff) + enc(0x00) + enc(plain.length) + enc(shift);
    for (let i = 0; i < shift; i++) out += enc(r.int(256));
    for (const b of plain) out += enc(b);
    while (out.length < 100) out += enc(r.int(256));
    return out;
  });
  // Firefox logins.json: NSS-encrypted fields are base64 DER (SEQUENCE of key id, 3DES-CBC params, ciphertext)
  def('firefox_encrypted_login', 'firefox', true, 'https://support.mozilla.org/en-US/kb/profiles-where-firefox-stores-user-data (logins.json + key4.db)',
    (r) => b64(seq(der(0x04, Buffer.from('f8000000000000000000000000000001', 'hex')), seq(der(0x06, Buffer.from('2a864886f70d0307', 'hex')), der(0x04, r.bytes(8))), der(0x04, r.bytes(16)))));

  // ---- private keys (multi-line; fixed line counts) ----
  const PK_DOC = 'https://datatracker.ietf.org/doc/html/rfc7468';
  def('pem_rsa', 'private-key', true, `${PK_DOC}#section-10 and RFC 8017 appendix A.1.2 (RSA-2048 RSAPrivateKey, 27 lines)`, (r) => pem('RSA PRIVATE KEY', rsaPkcs1Der(r)));
  def('pem_rsa_pkcs8', 'private-key', true, `${PK_DOC}#section-10 (PKCS#8 RSA-2048, 28 lines)`, (r) => pem('PRIVATE KEY', pkcs8Rsa(r)));
  def('pem_ec', 'private-key', true, 'https://datatracker.ietf.org/doc/html/rfc5915 (SEC1 P-256, 5 lines)', (r) => pem('EC PRIVATE KEY', ecSec1Der(r)));
  def('pem_ec_pkcs8', 'private-key', true, `${PK_DOC}#section-10 (PKCS#8 P-256, 5 lines)`, (r) => {
    const inner = seq(smallInt(1), der(0x04, r.bytes(32)), der(0xa1, der(0x03, Buffer.concat([Buffer.from([0x00, 0x04]), r.bytes(64)]))));
    return pem('PRIVATE KEY', seq(smallInt(0), EC_P256_ALG, der(0x04, inner)));
  });
  def('openssh_ed25519', 'private-key', true, 'https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key (7 lines)', openSshEd25519);
  def('putty_ppk', 'private-key', true, 'https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html (PPK v2, RSA-2048, 25 lines)', puttyPpk);
  def('pgp_private_key', 'private-key', true, 'https://datatracker.ietf.org/doc/html/rfc4880#section-6.2 (armored secret key, 25 lines)', (r) => pgpBlock(r, 'PRIVATE'));
  def('pem_rsa_b64', 'private-key', true, 'PEM RSA key, base64-encoded once more as Kubernetes/CI variables hold it (single line)', (r) => b64(`${pem('RSA PRIVATE KEY', rsaPkcs1Der(r))}\n`));
  def('pem_ec_b64', 'private-key', true, 'PEM EC key, base64-encoded once more (kubeconfig client-key-data style, single line)', (r) => b64(`${pem('EC PRIVATE KEY', ecSec1Der(r))}\n`));

  // ---- JWTs ----
  const JWT_DOC = 'https://datatracker.ietf.org/doc/html/rfc7519';
  def('jwt_session', 'jwt', true, JWT_DOC, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' },
    { sub: String(r.range(1000, 99999)), email: `${r.pick(['maria', 'dev', 'ops', 'j.doe'])}@${r.pick(['acme.io', 'example-corp.com'])}`, role: r.pick(['admin', 'user', 'service']), iat: epoch(r), exp: epoch(r) + 86400 * 365 }));
  def('jwt_rs256', 'jwt', true, JWT_DOC, (r) => jwt(r, { alg: 'RS256', typ: 'JWT', kid: r.hex(16) },
    { iss: 'https://auth.acme-internal.net/', sub: `svc-${r.pick(['billing', 'reports', 'ingest'])}`, aud: 'api://default', scope: 'read write', iat: epoch(r), exp: epoch(r) + 86400 * 730 }, 256));
  // unusual headers: at+jwt typ, ES384, jku/x5t fields, no typ at all, lower-case typ
  def('jwt_unusual', 'jwt', true, 'https://datatracker.ietf.org/doc/html/rfc9068 (at+jwt) and RFC 7515 section 4.1', (r) => {
    const header = r.pick([
      { typ: 'at+jwt', alg: 'ES384', kid: r.hex(8) },
      { alg: 'HS512' },
      { alg: 'RS256', x5t: r.str(AL.b64url, 27), jku: 'https://keys.acme-internal.net/jwks.json' },
      { typ: 'jwt', alg: 'PS256', cty: 'JWT' },
      { kid: `${r.hex(8)}-key`, alg: 'EdDSA', typ: 'JOSE' },
    ]);
    return jwt(r, header, { iss: 'acme-sso', sub: String(r.range(1, 999999)), tenant: r.pick(['eu1', 'us2']), iat: epoch(r), exp: epoch(r) + 86400 * 90 }, header.alg === 'HS512' ? 64 : header.alg === 'ES384' ? 96 : header.alg === 'EdDSA' ? 64 : 256);
  });
  def('auth0_mgmt_token', 'auth0', true, 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens', (r) => jwt(r, { alg: 'RS256', typ: 'JWT', kid: r.str(AL.b62, 22) },
    { iss: `https://${r.pick(['acme', 'northwind'])}.eu.auth0.com/`, sub: `${r.str(AL.b62, 32)}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', iat: epoch(r), exp: epoch(r) + 86400, gty: 'client-credentials' }, 256));

  // ---- non-secrets with high entropy (hard negatives) ----
  def('uuid', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc9562', (r) => uuid(r));
  def('sha1', 'none', false, 'https://git-scm.com/docs/hash-function-transition (40-hex object ids)', (r) => r.hex(40));
  def('sha256', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc6234', (r) => r.hex(64));
  def('md5', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc1321', (r) => r.hex(32));
  def('sha512_integrity', 'none', false, 'https://www.w3.org/TR/SRI/ (sha512-<base64>)', (r) => `sha512-${b64(r.bytes(64))}`);
  def('sha384_integrity', 'none', false, 'https://www.w3.org/TR/SRI/', (r) => `sha384-${b64(r.bytes(48))}`);
  def('sha1_integrity', 'none', false, 'https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages', (r) => `sha1-${b64(r.bytes(20))}`);
  def('go_sum_hash', 'none', false, 'https://go.dev/ref/mod#go-sum-files', (r) => `h1:${b64(r.bytes(32))}`);
  def('bcrypt_hash', 'none', false, 'https://en.wikipedia.org/wiki/Bcrypt (password hash, not reversible)', (r) => `$2b$12$${r.str(AL.bcrypt, 53)}`);
  def('argon2_hash', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc9106', (r) => `$argon2id$v=19$m=65536,t=3,p=4$${b64(r.bytes(16)).replace(/=+$/, '')}$${b64(r.bytes(32)).replace(/=+$/, '')}`);
  def('sha512crypt_hash', 'none', false, 'https://man7.org/linux/man-pages/man3/crypt.3.html', (r) => `$6$${r.str(AL.bcrypt, 16)}$${r.str(AL.bcrypt, 86)}`);
  def('b64_blob', 'none', false, 'n/a: base64 data (images, fonts, protobuf)', (r) => b64(r.bytes(r.range(300, 600))));
  def('cert_pem', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc7468#section-5 (X.509 certificate, public, 21 lines)', (r) =>
    pem('CERTIFICATE', seq(der(0x30, Buffer.concat([Buffer.from('a003020102', 'hex'), der(0x02, r.bytes(16)), r.bytes(880)])))));
  def('pubkey_pem', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc7468#section-13 (SubjectPublicKeyInfo, 9 lines)', (r) => {
    const n = Buffer.concat([Buffer.from([0]), r.bytes(256)]);
    n[1] |= 0x80;
    return pem('PUBLIC KEY', seq(RSA_OID, der(0x03, Buffer.concat([Buffer.from([0]), seq(der(0x02, n), der(0x02, Buffer.from([1, 0, 1])))]))));
  });
  def('ssh_rsa_pub', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc4253#section-6.6 (public key line)', (r) => `ssh-rsa ${b64(sshRsaPublicBlob(r))}`);
  def('ssh_ed25519_pub', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc8709', (r) => `ssh-ed25519 ${b64(Buffer.concat([sshString('ssh-ed25519'), sshString(r.bytes(32))]))}`);
  def('pgp_public_key', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc4880#section-6.2 (armored public key)', (r) => pgpBlock(r, 'PUBLIC'));
  def('jwk_modulus', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc7518#section-6.3.1 (public RSA modulus)', (r) => b64url(r.bytes(256)));
  def('sealed_secret', 'none', false, 'https://github.com/bitnami-labs/sealed-secrets (ciphertext for the controller key)', (r) => `AgB${b64(r.bytes(420))}`);
  def('sops_value', 'none', false, 'https://github.com/getsops/sops#encrypting-using-age (encrypted value)', (r) => `ENC[AES256_GCM,data:${b64(r.bytes(r.range(8, 40)))},iv:${b64(r.bytes(32))},tag:${b64(r.bytes(16))},type:str]`);
  def('ansible_vault_line', 'none', false, 'https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html (80-hex lines)', (r) => r.hex(80));
  def('travis_secure', 'none', false, 'https://docs.travis-ci.com/user/encryption-keys/ (RSA ciphertext)', (r) => b64(r.bytes(256)));
  def('kms_ciphertext', 'none', false, 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html', (r) => `AQICAHh${b64(r.bytes(180))}`);
  def('docker_digest', 'none', false, 'https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests', (r) => `sha256:${r.hex(64)}`);
  def('git_sha', 'none', false, 'https://git-scm.com/book/en/v2/Git-Internals-Git-Objects', (r) => r.hex(40));
  def('short_sha', 'none', false, 'https://git-scm.com/docs/git-rev-parse#_specifying_revisions', (r) => r.hex(7));
  def('csrf_nonce', 'none', false, 'n/a: per-request nonce in a rendered page', (r) => r.str(AL.b64url, 43));
};

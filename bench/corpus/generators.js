'use strict';
/**
 * Token generators for the independent quality corpus (bench/corpus).
 *
 * Corpus files never hold a realistic token: they hold markers, ⟦kind⟧ or ⟦kind:seed⟧, that
 * expandMarkers() replaces at bench time with a value drawn from a deterministic PRNG keyed by
 * (corpus seed, file path, kind, seed). The same kind and seed in one file give the same value, so a
 * file can repeat a token (an id and its secret, a key quoted twice). Markers take filters after
 * '|' applied left to right: b64, b64url, url, json, hex, xesc, uesc=N, pre=TEXT, post=TEXT,
 * slice=A-B, line=N (see FILTERS).
 *
 * Every generator was written from the provider's public description of its token format (the `doc`
 * URL) or, where a provider documents none, from the shape of the keys its console issues, never
 * from tokenguard's rules. Multi-line generators (PEM keys, certificates) always produce the same
 * number of lines, so label line numbers stay valid for every corpus seed.
 */
const crypto = require('node:crypto');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: SHA-256 in counter mode over a string key. Small, portable, seedable.
// ---------------------------------------------------------------------------------------------
class Rng {
  constructor(key) {
    this.key = String(key);
    this.counter = 0;
    this.pool = Buffer.alloc(0);
  }
  bytes(n) {
    while (this.pool.length < n) {
      const block = crypto.createHash('sha256').update(`${this.key}\0${this.counter++}`).digest();
      this.pool = Buffer.concat([this.pool, block]);
    }
    const out = this.pool.subarray(0, n);
    this.pool = this.pool.subarray(n);
    return Buffer.from(out);
  }
  /** uniform integer in [0, n) by rejection sampling on 32-bit draws */
  int(n) {
    const limit = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.bytes(4).readUInt32BE(0);
      if (v < limit) return v % n;
    }
  }
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  hex(n) {
    return this.str(AL.hex, n);
  }
  digits(n) {
    return String(this.range(1, 9)) + this.str(AL.digit, n - 1);
  }
}

const AL = {
  digit: '0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  lowerAlnum: '0123456789abcdefghijklmnopqrstuvwxyz',
  upperAlnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b32lower: 'abcdefghijklmnopqrstuvwxyz234567',
  bcrypt: './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
};

// ---------------------------------------------------------------------------------------------
// Encoding helpers
// ---------------------------------------------------------------------------------------------
const b64 = (buf) => Buffer.from(buf).toString('base64');
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const wrap = (s, width) => s.match(new RegExp(`.{1,${width}}`, 'g')).join('\n');

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const byte of Buffer.from(str)) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let s = '';
  do {
    s = AL.b62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}
/** GitHub/npm style: prefix + 30 base62 chars of entropy + base62(CRC32(entropy)) padded to 6 */
function crcToken(prefix, r, entropyLen = 30) {
  const entropy = r.str(AL.b62, entropyLen);
  return prefix + entropy + base62(crc32(entropy), 6);
}

/** OpenPGP ASCII armor checksum (RFC 4880 section 6.1) */
function crc24(buf) {
  let crc = 0xb704ce;
  for (const byte of buf) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** bech32 (BIP-173), used by age secret keys */
function bech32(hrp, data5) {
  const CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const polymod = (values) => {
    const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    for (const v of values) {
      const top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
    }
    return chk >>> 0;
  };
  const expand = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = polymod(expand.concat(data5, [0, 0, 0, 0, 0, 0])) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${data5.concat(checksum).map((v) => CH[v]).join('')}`;
}
function to5bit(buf) {
  const out = [];
  let acc = 0;
  let bits = 0;
  for (const byte of buf) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out.push((acc >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits) out.push((acc << (5 - bits)) & 31);
  return out;
}

// ASN.1 DER helpers: enough to give private keys the byte layout of real ones (random contents).
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}
const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const seq = (...parts) => der(0x30, Buffer.concat(parts));
/** positive INTEGER of exactly `size` content bytes (leading 00 then a high-bit byte when padded) */
function derInt(r, size, padded) {
  const body = padded ? Buffer.concat([Buffer.from([0]), r.bytes(size - 1)]) : r.bytes(size);
  if (padded) body[1] |= 0x80;
  else body[0] = (body[0] & 0x7f) | 0x40;
  return der(0x02, body);
}
const smallInt = (v) => der(0x02, Buffer.from([v]));
const RSA_OID = Buffer.from('300d06092a864886f70d0101010500', 'hex');
const EC_P256_ALG = Buffer.from('301306072a8648ce3d020106082a8648ce3d030107', 'hex');

function rsaPkcs1Der(r) {
  // RSA-2048 RSAPrivateKey: version, n, e, d, p, q, dp, dq, qinv (sizes fixed so line counts are too)
  return seq(smallInt(0), derInt(r, 257, true), der(0x02, Buffer.from([1, 0, 1])), derInt(r, 256, false),
    derInt(r, 129, true), derInt(r, 129, true), derInt(r, 128, false), derInt(r, 128, false), derInt(r, 128, false));
}
function ecSec1Der(r) {
  const pub = Buffer.concat([Buffer.from([0x00, 0x04]), r.bytes(64)]);
  return seq(smallInt(1), der(0x04, r.bytes(32)), der(0xa0, Buffer.from('06082a8648ce3d030107', 'hex')), der(0xa1, der(0x03, pub)));
}
function pem(label, derBuf) {
  return `-----BEGIN ${label}-----\n${wrap(b64(derBuf), 64)}\n-----END ${label}-----`;
}

function sshString(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}
const u32 = (v) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v);
  return b;
};
const SSH_COMMENTS = ['deploy@ci-runner', 'ubuntu@ip-10-0-3-17', 'jenkins@build01', 'alice@macbook', 'git@gitlab-runner', 'root@bastion'];

function openSshEd25519(r) {
  const pub = r.bytes(32);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = r.bytes(4);
  const comment = r.pick(SSH_COMMENTS);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([r.bytes(32), pub])), sshString(comment)]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32(1), sshString(pubBlob), sshString(priv)]);
  // Pad the base64 to a fixed 5 lines of 70 whatever the comment length (real files vary by a few chars).
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(body), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

function sshRsaPublicBlob(r) {
  const n = Buffer.concat([Buffer.from([0]), r.bytes(256)]);
  n[1] |= 0x80;
  return Buffer.concat([sshString('ssh-rsa'), sshString(Buffer.from([1, 0, 1])), sshString(n)]);
}

function puttyPpk(r) {
  const pubBlob = sshRsaPublicBlob(r);
  const mp = (size) => {
    const b = r.bytes(size);
    b[0] &= 0x7f;
    b[0] |= 0x40;
    return sshString(b);
  };
  const privBlob = Buffer.concat([mp(256), mp(128), mp(128), mp(128)]);
  const pubLines = wrap(b64(pubBlob), 64).split('\n');
  const privLines = wrap(b64(privBlob), 64).split('\n');
  return [
    'PuTTY-User-Key-File-2: ssh-rsa',
    'Encryption: none',
    `Comment: rsa-key-2019${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(10, 28))}`,
    `Public-Lines: ${pubLines.length}`,
    ...pubLines,
    `Private-Lines: ${privLines.length}`,
    ...privLines,
    `Private-MAC: ${r.hex(40)}`,
  ].join('\n');
}

function pgpBlock(r, kind) {
  // Secret-key packet (tag 5, old format, 2-byte length) or public-key packet (tag 6): random body.
  const body = Buffer.concat([Buffer.from([kind === 'PRIVATE' ? 0x95 : 0x99, 0x03, 0x98, 0x04]), r.bytes(kind === 'PRIVATE' ? 1180 : 520)]);
  const crc = crc24(body);
  const crcStr = b64(Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]));
  return `-----BEGIN PGP ${kind} KEY BLOCK-----\n\n${wrap(b64(body), 64)}\n=${crcStr}\n-----END PGP ${kind} KEY BLOCK-----`;
}

function jwt(r, header, payload, sigBytes = 32) {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(r.bytes(sigBytes))}`;
}
const epoch = (r) => 1690000000 + r.int(60000000);
const uuid = (r) => {
  const h = r.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[r.int(4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};

// ---------------------------------------------------------------------------------------------
// Generator table. secret: true for credentials, false for high-entropy values that are not secrets
// (hashes, public keys, publishable keys) used by hard-negative files, null for `lit` (label decides).
// ---------------------------------------------------------------------------------------------
const GENERATORS = {};
function def(kind, provider, secret, doc, gen) {
  GENERATORS[kind] = { kind, provider, secret, doc, gen };
}
/** long-tail API keys: a fixed alphabet and length, no prefix, recognisable only by their name */
function plain(kind, provider, alphabet, len, doc, prefix = '') {
  def(kind, provider, true, doc, (r) => prefix + r.str(alphabet, len));
}

// ---- literal (a weak human password or any fixed text that a marker must encode) ----
def('lit', 'generic', null, 'n/a: the seed is the value (used with filters, e.g. ⟦lit:admin:hunter2|b64⟧)', (_r, seed) => seed);
def('password', 'generic', true, 'https://pages.nist.gov/800-63-3/sp800-63b.html (machine-generated password)',
  (r) => r.str(`${AL.b62}!#%*+-_=`, 20));

// ---- AWS ----
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
def('aws_access_key_id', 'aws', true, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html', (r) => `AKIA${r.str(AL.b32, 16)}`);
def('aws_temp_access_key_id', 'aws', true, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html', (r) => `ASIA${r.str(AL.b32, 16)}`);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (40-char secret)
def('aws_secret_access_key', 'aws', true, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html', (r) => r.str(`${AL.b62}+/`, 40));
// https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html (opaque base64 session token)
def('aws_session_token', 'aws', true, 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
  (r) => `IQoJb3JpZ2luX2VjE${r.str(AL.b62, 3)}//////////wEaCXVzLWVhc3QtMSJH${b64(r.bytes(420))}`);
def('aws_mws_key', 'aws', true, 'https://developer-docs.amazon.com/amazon-shipping/docs/mws-auth-token', (r) => `amzn.mws.${uuid(r)}`);
def('aws_account_id', 'aws', false, 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html', (r) => r.digits(12));

// ---- Google Cloud ----
def('gcp_api_key', 'gcp', true, 'https://cloud.google.com/docs/authentication/api-keys', (r) => `AIza${r.str(AL.b62 + '-_', 35)}`);
def('gcp_oauth_client_secret', 'gcp', true, 'https://support.google.com/cloud/answer/15549257 (GOCSPX- client secrets)', (r) => `GOCSPX-${r.str(AL.b62 + '-_', 28)}`);
def('gcp_oauth_access_token', 'gcp', true, 'https://developers.google.com/identity/protocols/oauth2 (ya29. access tokens)', (r) => `ya29.${r.str(AL.b62 + '-_', 150)}`);
def('gcp_refresh_token', 'gcp', true, 'https://developers.google.com/identity/protocols/oauth2#5.-refresh-the-access-token,-if-necessary.', (r) => `1//0${r.str(AL.b62, 2)}${r.str(AL.b62 + '-_', 99)}`);
// https://cloud.google.com/iam/docs/keys-create-delete (service-account JSON: private_key is a PKCS#8 PEM with \n escapes)
def('gcp_sa_private_key', 'gcp', true, 'https://cloud.google.com/iam/docs/keys-create-delete',
  (r) => `${pem('PRIVATE KEY', pkcs8Rsa(r))}\n`.replace(/\n/g, '\\n'));
def('gcp_sa_key_id', 'gcp', false, 'https://cloud.google.com/iam/docs/keys-create-delete', (r) => r.hex(40));

// ---- Azure ----
// https://learn.microsoft.com/en-us/purview/sit-defn-azure-storage-account-key-generic (86 base64 + '==')
def('azure_storage_key', 'azure', true, 'https://learn.microsoft.com/en-us/purview/sit-defn-azure-storage-account-key-generic', (r) => b64(r.bytes(64)));
// Identifiable 64-byte keys: 76 base64 chars, a 4-char service signature, 5 chars, [AQgw], '=='
// https://github.com/microsoft/security-utilities (Azure64ByteIdentifiableKey)
const idKey64 = (sig) => (r) => `${r.str(AL.b64, 76)}${sig}${r.str(AL.b64, 5)}${r.pick(['A', 'Q', 'g', 'w'])}==`;
const idKey32 = (sig) => (r) => `${r.str(AL.b64, 33)}${sig}${r.str('ABCDEFGHIJKLMNOP', 1)}${r.str(AL.b64, 5)}=`;
def('azure_storage_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities/blob/main/docs/ReleaseHistory.md (+ASt storage keys)', idKey64('+ASt'));
def('azure_cosmos_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/cosmos-db/database-security (88-char primary keys)', (r) => b64(r.bytes(64)));
def('azure_cosmos_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (ACDb Cosmos DB keys)', idKey64('ACDb'));
def('azure_servicebus_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas', (r) => b64(r.bytes(32)));
def('azure_servicebus_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (+ASb Service Bus keys)', idKey32('+ASb'));
def('azure_eventhub_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (+AEh Event Hubs keys)', idKey32('+AEh'));
def('azure_redis_key_id', 'azure', true, 'https://github.com/microsoft/security-utilities (AzCa Redis keys)', idKey32('AzCa'));
def('azure_cognitive_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/ai-services/authentication (32-hex legacy keys)', (r) => r.hex(32));
// 84-char common annotated security key with the JQQJ99 signature at offset 52
def('azure_cognitive_key_cask', 'azure', true, 'https://learn.microsoft.com/en-us/azure/ai-services/authentication',
  (r) => `${r.str(AL.b62, 52)}JQQJ99${r.str(AL.b62, 1)}${r.str('ABCDEFGHIJKL', 1)}${r.str(AL.b62, 16)}${r.str(AL.upper, 1)}${r.str(AL.b62, 7)}`);
def('azure_ad_client_secret', 'azure', true, 'https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal (client secrets, 8Q~ marker)',
  (r) => `${r.str(AL.b62 + '_-.~', 3)}8Q~${r.str(AL.b62 + '_-.~', 34)}`);
def('azure_sas_sig', 'azure', true, 'https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas',
  (r) => encodeURIComponent(b64(r.bytes(32))));
def('azure_devops_pat', 'azure-devops', true, 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate', (r) => r.str(AL.b32lower, 52));
def('azure_functions_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to', (r) => `${r.str(AL.b64url, 44)}AzFu${r.str(AL.b64url, 6)}==`);
def('azure_appconfig_secret', 'azure', true, 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-best-practices (connection string Secret=)', (r) => b64(r.bytes(32)));
def('azure_search_admin_key', 'azure', true, 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys (AzSe identifiable keys)', (r) => `${r.str(AL.b62, 42)}AzSe${r.str(AL.b62, 6)}`);
def('azure_appinsights_ikey', 'azure', false, 'https://learn.microsoft.com/en-us/azure/azure-monitor/app/sdk-connection-string (not a secret)', (r) => uuid(r));

// ---- other clouds / hosting ----
def('digitalocean_pat', 'digitalocean', true, 'https://docs.digitalocean.com/reference/api/create-personal-access-token/', (r) => `dop_v1_${r.hex(64)}`);
def('digitalocean_oauth', 'digitalocean', true, 'https://docs.digitalocean.com/reference/api/oauth-api/', (r) => `doo_v1_${r.hex(64)}`);
def('digitalocean_spaces_key_id', 'digitalocean', true, 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/', (r) => `DO${r.str(AL.upperAlnum, 18)}`);
def('digitalocean_spaces_secret', 'digitalocean', true, 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/', (r) => r.str(AL.b62 + '+/', 43));
def('cloudflare_api_token', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/', (r) => r.str(AL.b62 + '_-', 40));
def('cloudflare_user_token', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats', (r) => `cfut_${r.str(AL.b62, 40)}${r.hex(8)}`);
def('cloudflare_global_key', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/', (r) => r.hex(37));
def('cloudflare_origin_ca_key', 'cloudflare', true, 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/', (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`);
def('heroku_api_key', 'heroku', true, 'https://devcenter.heroku.com/articles/authentication (legacy UUID keys)', (r) => uuid(r));
def('heroku_api_key_v2', 'heroku', true, 'https://devcenter.heroku.com/articles/authentication (HRKU- keys)', (r) => `HRKU-AA${r.str(AL.b62 + '_-', 58)}`);
def('vercel_token', 'vercel', true, 'https://vercel.com/docs/rest-api#creating-an-access-token', (r) => r.str(AL.b62, 24));
def('netlify_token', 'netlify', true, 'https://docs.netlify.com/api/get-started/#authentication', (r) => `nfp_${r.str(AL.b62, 36)}`);
def('netlify_token_legacy', 'netlify', true, 'https://docs.netlify.com/api/get-started/#authentication', (r) => r.str(AL.b64url, 43));
def('flyio_token', 'flyio', true, 'https://fly.io/docs/security/tokens/', (r) => `FlyV1 fm2_lJPECAAAAAAAA${r.str(AL.b62, 4)}xBA${b64(r.bytes(120))},fm2_lJPETi${b64(r.bytes(180))}`);
def('flyio_token_legacy', 'flyio', true, 'https://fly.io/docs/flyctl/auth-token/', (r) => `fo1_${r.str(AL.b64url, 43)}`);
def('alibaba_access_key_id', 'alibaba', true, 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair', (r) => `LTAI${r.str(AL.b62, 20)}`);
def('alibaba_access_key_secret', 'alibaba', true, 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair', (r) => r.str(AL.b62, 30));
def('linode_token', 'linode', true, 'https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens', (r) => r.hex(64));
def('hetzner_token', 'hetzner', true, 'https://docs.hetzner.cloud/#authentication', (r) => r.str(AL.b62, 64));
def('scaleway_secret_key', 'scaleway', true, 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/', (r) => uuid(r));
def('scaleway_access_key', 'scaleway', true, 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/', (r) => `SCW${r.str(AL.upperAlnum, 17)}`);
def('ibm_cloud_api_key', 'ibm', true, 'https://cloud.ibm.com/docs/account?topic=account-userapikey', (r) => r.str(AL.b62 + '_-', 44));

// ---- source control / CI ----
// https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
const GH_DOC = 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/';
def('github_pat', 'github', true, GH_DOC, (r) => crcToken('ghp_', r));
def('github_oauth', 'github', true, GH_DOC, (r) => crcToken('gho_', r));
def('github_user_to_server', 'github', true, GH_DOC, (r) => crcToken('ghu_', r));
def('github_server_to_server', 'github', true, GH_DOC, (r) => crcToken('ghs_', r));
def('github_refresh', 'github', true, GH_DOC, (r) => `ghr_${r.str(AL.b62, 70)}${base62(r.int(0xffffffff), 6)}`);
// https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens
def('github_fine_grained_pat', 'github', true, 'https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/',
  (r) => `github_pat_11${r.str(AL.upperAlnum, 20)}_${r.str(AL.b62, 59)}`);
def('github_oauth_legacy', 'github', true, 'https://developer.github.com/changes/2021-04-05-behind-githubs-new-authentication-token-formats (pre-2021 40-hex tokens)', (r) => r.hex(40));
def('github_app_client_secret', 'github', true, 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app', (r) => r.hex(40));
// https://docs.gitlab.com/ee/security/tokens/index.html#token-prefixes
const GL_DOC = 'https://docs.gitlab.com/ee/security/tokens/#token-prefixes';
def('gitlab_pat', 'gitlab', true, GL_DOC, (r) => `glpat-${r.str(AL.b62 + '_-', 20)}`);
def('gitlab_deploy_token', 'gitlab', true, GL_DOC, (r) => `gldt-${r.str(AL.b62 + '_-', 20)}`);
def('gitlab_runner_token', 'gitlab', true, GL_DOC, (r) => `glrt-${r.str(AL.b62 + '_-', 20)}`);
def('gitlab_runner_registration', 'gitlab', true, GL_DOC, (r) => `GR1348941${r.str(AL.b62 + '_-', 20)}`);
def('gitlab_trigger_token', 'gitlab', true, GL_DOC, (r) => `glptt-${r.hex(40)}`);
def('gitlab_oauth_secret', 'gitlab', true, GL_DOC, (r) => `gloas-${r.hex(64)}`);
def('gitlab_feed_token', 'gitlab', true, GL_DOC, (r) => `glft-${r.str(AL.b62 + '_-', 20)}`);
def('gitlab_agent_token', 'gitlab', true, GL_DOC, (r) => `glagent-${r.str(AL.b62 + '_-', 50)}`);
def('bitbucket_app_password', 'bitbucket', true, 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/', (r) => `ATBB${r.str(AL.b62, 32)}`);
def('atlassian_api_token', 'atlassian', true, 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  (r) => `ATATT3xFfGF0${r.str(AL.b62 + '_-', 180)}=${r.str(AL.HEX, 8)}`);
def('circleci_pat', 'circleci', true, 'https://circleci.com/docs/managing-api-tokens/', (r) => `CCIPAT_${r.str(AL.b62, 22)}_${r.hex(40)}`);
def('circleci_token_legacy', 'circleci', true, 'https://circleci.com/docs/managing-api-tokens/', (r) => r.hex(40));
def('travis_token', 'travis', true, 'https://docs.travis-ci.com/user/triggering-builds/', (r) => r.str(AL.b62, 22));
def('buildkite_token', 'buildkite', true, 'https://buildkite.com/docs/apis/managing-api-tokens', (r) => `bkua_${r.hex(40)}`);
def('sonarqube_token', 'sonarqube', true, 'https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/', (r) => `squ_${r.hex(40)}`);
def('sonarqube_project_token', 'sonarqube', true, 'https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/', (r) => `sqp_${r.hex(40)}`);
def('snyk_token', 'snyk', true, 'https://docs.snyk.io/snyk-api/authentication-for-api', (r) => uuid(r));
def('codecov_token', 'codecov', true, 'https://docs.codecov.com/docs/codecov-tokens', (r) => uuid(r));
def('terraform_cloud_token', 'terraform-cloud', true, 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
  (r) => `${r.str(AL.b62, 14)}.atlasv1.${r.str(AL.b62, 67)}`);
def('vault_token', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', (r) => `hvs.${r.str(AL.b62, 24)}`);
def('vault_token_long', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', (r) => `hvs.CAESI${r.str(AL.b62 + '_-', 82)}`);
def('vault_token_legacy', 'vault', true, 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', (r) => `s.${r.str(AL.b62, 24)}`);
def('pulumi_token', 'pulumi', true, 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/', (r) => `pul-${r.hex(40)}`);
def('doppler_service_token', 'doppler', true, 'https://docs.doppler.com/docs/service-tokens', (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.str(AL.b62, 43)}`);
def('doppler_personal_token', 'doppler', true, 'https://docs.doppler.com/reference/auth-token-formats', (r) => `dp.pt.${r.str(AL.b62, 43)}`);
def('tailscale_auth_key', 'tailscale', true, 'https://tailscale.com/kb/1085/auth-keys', (r) => `tskey-auth-k${r.str(AL.b62, 11)}CNTRL-${r.str(AL.b62, 33)}`);
def('ngrok_authtoken', 'ngrok', true, 'https://ngrok.com/docs/agent/#authtokens', (r) => `2${r.str(AL.b62, 26)}_${r.str(AL.b62, 21)}`);
def('age_secret_key', 'age', true, 'https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type',
  (r) => bech32('age-secret-key-', to5bit(r.bytes(32))).toUpperCase());

// ---- package registries ----
def('npm_token', 'npm', true, 'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/', (r) => crcToken('npm_', r));
def('npm_token_legacy', 'npm', true, 'https://docs.npmjs.com/about-access-tokens (legacy UUID tokens)', (r) => uuid(r));
// https://pypi.org/help/#apitoken : "pypi-" + base64url macaroon (location pypi.org, identifier, caveats, signature)
def('pypi_token', 'pypi', true, 'https://pypi.org/help/#apitoken', (r) => {
  const id = uuid(r);
  const caveat = JSON.stringify([1, [r.hex(32)]]);
  const mac = Buffer.concat([Buffer.from([0x02, 0x01, 0x08]), Buffer.from('pypi.org'), Buffer.from([0x02, id.length]), Buffer.from(id),
    Buffer.from([0x00, 0x02, 0x06, 0x10, caveat.length]), Buffer.from(caveat), Buffer.from([0x00, 0x00, 0x06, 0x20]), r.bytes(32)]);
  return `pypi-${b64url(mac)}`;
});
def('rubygems_api_key', 'rubygems', true, 'https://guides.rubygems.org/api-key-scopes/', (r) => `rubygems_${r.hex(48)}`);
// NuGet.org keys: 46 lowercase base32-ish chars starting oy2 (shape from microsoft/security-utilities SEC101/031)
def('nuget_api_key', 'nuget', true, 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys', (r) =>
  `oy2${r.str('abcdefghijklmnop', 1)}${r.str(AL.lowerAlnum, 15)}${r.pick(['a', 'q'])}${r.str(AL.lowerAlnum, 11)}${r.pick(['e', 'u'])}${r.str('bdfhjlnprtvxz357', 1)}${r.str('abcdefghijklmnop', 1)}${r.str(AL.lowerAlnum, 11)}${r.str('aeimquy4', 1)}`);
def('dockerhub_pat', 'dockerhub', true, 'https://docs.docker.com/security/for-developers/access-tokens/', (r) => `dckr_pat_${r.str(AL.b62 + '_-', 27)}`);
def('jfrog_api_key', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key', (r) => `AKCp${r.str(AL.b62, 69)}`);
def('jfrog_reference_token', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/reference-tokens',
  (r) => b64(`reftkn:01:${epoch(r) + 31536000}:${r.str(AL.b62, 27)}`).replace(/=+$/, ''));
def('jfrog_access_token', 'jfrog', true, 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens', (r) =>
  jwt(r, { ver: '2', typ: 'JWT', alg: 'RS256', kid: r.str(AL.b62 + '-_', 43) },
    { sub: `jfac@${r.str(AL.lowerAlnum, 26)}/users/ci-publisher`, scp: 'applied-permissions/user', aud: '*@*', iss: `jfac@${r.str(AL.lowerAlnum, 26)}`, exp: epoch(r) + 31536000, iat: epoch(r), jti: uuid(r) }, 256));
def('cratesio_token', 'cratesio', true, 'https://doc.rust-lang.org/cargo/reference/config.html#registrytoken', (r) => `cio${r.str(AL.b62, 32)}`);

// ---- payments / commerce ----
const STRIPE_DOC = 'https://docs.stripe.com/keys';
def('stripe_secret_live', 'stripe', true, STRIPE_DOC, (r) => `sk_live_51${r.str(AL.b62, 97)}`);
def('stripe_secret_live_short', 'stripe', true, STRIPE_DOC, (r) => `sk_live_${r.str(AL.b62, 24)}`);
def('stripe_secret_test', 'stripe', true, STRIPE_DOC, (r) => `sk_test_51${r.str(AL.b62, 97)}`);
def('stripe_restricted_live', 'stripe', true, STRIPE_DOC, (r) => `rk_live_51${r.str(AL.b62, 97)}`);
def('stripe_webhook_secret', 'stripe', true, 'https://docs.stripe.com/webhooks#verify-official-libraries', (r) => `whsec_${r.str(AL.b62, 32)}`);
def('stripe_publishable_live', 'stripe', false, STRIPE_DOC, (r) => `pk_live_51${r.str(AL.b62, 97)}`);
def('braintree_access_token', 'braintree', true, 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
  (r) => `access_token$production$${r.str(AL.lowerAlnum, 16)}$${r.hex(32)}`);
def('braintree_private_key', 'braintree', true, 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials#private-key', (r) => r.hex(32));
def('paypal_client_secret', 'paypal', true, 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret', (r) => `E${r.str(AL.b62 + '_-', 79)}`);
def('paypal_client_id', 'paypal', false, 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret', (r) => `A${r.str(AL.b62 + '_-', 79)}`);
def('square_access_token', 'square', true, 'https://developer.squareup.com/docs/build-basics/access-tokens', (r) => `EAAA${r.str(AL.b62 + '_-', 60)}`);
def('square_oauth_secret', 'square', true, 'https://developer.squareup.com/docs/oauth-api/overview', (r) => `sq0csp-${r.str(AL.b62 + '_-', 43)}`);
def('square_access_token_legacy', 'square', true, 'https://developer.squareup.com/docs/build-basics/access-tokens', (r) => `sq0atp-${r.str(AL.b62 + '_-', 22)}`);
def('adyen_api_key', 'adyen', true, 'https://docs.adyen.com/development-resources/api-credentials/#generate-api-key',
  (r) => `AQE${r.str(AL.b62, 3)}mfx${r.str(AL.b62 + '+/', 90)}==-${b64(r.bytes(32))}-${r.str(AL.b62 + '%$#<>,:', 16)}`);
const SHOPIFY_DOC = 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens';
def('shopify_admin_token', 'shopify', true, SHOPIFY_DOC, (r) => `shpat_${r.hex(32)}`);
def('shopify_custom_app_token', 'shopify', true, SHOPIFY_DOC, (r) => `shpca_${r.hex(32)}`);
def('shopify_private_app_password', 'shopify', true, SHOPIFY_DOC, (r) => `shppa_${r.hex(32)}`);
def('shopify_shared_secret', 'shopify', true, SHOPIFY_DOC, (r) => `shpss_${r.hex(32)}`);
def('razorpay_key_secret', 'razorpay', true, 'https://razorpay.com/docs/api/authentication/', (r) => r.str(AL.b62, 24));
def('razorpay_key_id', 'razorpay', false, 'https://razorpay.com/docs/api/authentication/', (r) => `rzp_live_${r.str(AL.b62, 14)}`);
def('paystack_secret', 'paystack', true, 'https://paystack.com/docs/api/authentication/', (r) => `sk_live_${r.hex(40)}`);
def('flutterwave_secret', 'flutterwave', true, 'https://developer.flutterwave.com/docs/integration-guides/authentication', (r) => `FLWSECK-${r.hex(32)}-X`);
def('mollie_api_key', 'mollie', true, 'https://docs.mollie.com/overview/authentication', (r) => `live_${r.str(AL.b62, 30)}`);
def('plaid_secret', 'plaid', true, 'https://plaid.com/docs/api/#api-keys-and-access', (r) => r.hex(30));
def('coinbase_commerce_key', 'coinbase', true, 'https://docs.cdp.coinbase.com/commerce-onchain/docs/getting-started', (r) => uuid(r));
def('gocardless_token', 'gocardless', true, 'https://developer.gocardless.com/getting-started/api/making-your-first-request/', (r) => `live_${r.str(AL.b62 + '_-', 40)}`);
def('lemonsqueezy_key', 'lemonsqueezy', true, 'https://docs.lemonsqueezy.com/api#authentication', (r) =>
  jwt(r, { typ: 'JWT', alg: 'RS256' }, { aud: '94d59cef-dbb8-4ea5-b178-d2540fcd6919', jti: r.hex(80), iat: epoch(r), nbf: epoch(r), exp: 2000000000, sub: String(r.range(100000, 999999)), scopes: [] }, 256));

// ---- communication ----
const SLACK_DOC = 'https://api.slack.com/authentication/token-types';
def('slack_bot_token', 'slack', true, SLACK_DOC, (r) => `xoxb-${r.digits(r.range(11, 13))}-${r.digits(13)}-${r.str(AL.b62, 24)}`);
def('slack_user_token', 'slack', true, SLACK_DOC, (r) => `xoxp-${r.digits(r.range(11, 13))}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`);
def('slack_app_token', 'slack', true, SLACK_DOC, (r) => `xapp-1-A${r.str(AL.upperAlnum, 10)}-${r.digits(13)}-${r.hex(64)}`);
def('slack_config_token', 'slack', true, 'https://api.slack.com/authentication/config-tokens', (r) => `xoxe.xoxp-1-${r.str(AL.b62, 148)}`);
def('slack_refresh_token', 'slack', true, 'https://api.slack.com/authentication/rotation', (r) => `xoxe-1-${r.str(AL.b62, 140)}`);
// pre-2019 shapes: 2-part bot tokens and 4-part user tokens with shorter ids
def('slack_bot_token_legacy', 'slack', true, SLACK_DOC, (r) => `xoxb-${r.digits(11)}-${r.str(AL.b62, 24)}`);
def('slack_user_token_legacy', 'slack', true, SLACK_DOC, (r) => `xoxp-${r.digits(10)}-${r.digits(10)}-${r.digits(11)}-${r.hex(10)}`);
def('slack_workspace_token_legacy', 'slack', true, SLACK_DOC, (r) => `xoxa-2-${r.digits(12)}-${r.digits(12)}-${r.digits(12)}-${r.hex(64)}`);
def('slack_session_token', 'slack', true, SLACK_DOC, (r) => `xoxs-${r.digits(10)}-${r.digits(11)}-${r.digits(12)}-${r.hex(64)}`);
const SLACK_HOOK_DOC = 'https://api.slack.com/messaging/webhooks';
def('slack_webhook', 'slack', true, SLACK_HOOK_DOC, (r) => `https://hooks.slack.com/services/T${r.str(AL.upperAlnum, 8)}/B${r.str(AL.upperAlnum, 10)}/${r.str(AL.b62, 24)}`);
// older workspaces: mixed-case letters in the T.../B... path parts
def('slack_webhook_mixed', 'slack', true, SLACK_HOOK_DOC, (r) => `https://hooks.slack.com/services/T${r.str(AL.b62, 8)}/B${r.str(AL.b62, 8)}/${r.str(AL.b62, 24)}`);
def('slack_workflow_webhook', 'slack', true, 'https://slack.com/help/articles/360041352714-Create-more-advanced-workflows-using-webhooks',
  (r) => `https://hooks.slack.com/workflows/T${r.str(AL.upperAlnum, 8)}/A${r.str(AL.upperAlnum, 10)}/${r.digits(18)}/${r.str(AL.b62, 24)}`);
def('discord_bot_token', 'discord', true, 'https://discord.com/developers/docs/reference#authentication', (r) =>
  `${b64(`1${r.str(AL.digit, 18)}`).replace(/=+$/, '')}.${r.str(AL.b64url, 6)}.${r.str(AL.b64url, 38)}`);
def('discord_webhook', 'discord', true, 'https://discord.com/developers/docs/resources/webhook', (r) => `https://discord.com/api/webhooks/1${r.str(AL.digit, 18)}/${r.str(AL.b64url, 68)}`);
def('telegram_bot_token', 'telegram', true, 'https://core.telegram.org/bots/api#authorizing-your-bot', (r) => `${r.digits(10)}:AA${r.str('EFGH', 1)}${r.str(AL.b64url, 32)}`);
def('twilio_auth_token', 'twilio', true, 'https://www.twilio.com/docs/iam/api/authtoken', (r) => r.hex(32));
def('twilio_api_key_secret', 'twilio', true, 'https://www.twilio.com/docs/iam/api-keys', (r) => r.str(AL.b62, 32));
def('twilio_account_sid', 'twilio', false, 'https://www.twilio.com/docs/glossary/what-is-a-sid', (r) => `AC${r.hex(32)}`);
def('twilio_api_key_sid', 'twilio', false, 'https://www.twilio.com/docs/glossary/what-is-a-sid', (r) => `SK${r.hex(32)}`);
def('sendgrid_api_key', 'sendgrid', true, 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys', (r) => `SG.${r.str(AL.b64url, 22)}.${r.str(AL.b64url, 43)}`);
def('mailgun_api_key_legacy', 'mailgun', true, 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/', (r) => `key-${r.hex(32)}`);
def('mailgun_api_key', 'mailgun', true, 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/', (r) => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`);
def('mailchimp_api_key', 'mailchimp', true, 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key', (r) => `${r.hex(32)}-us${r.range(1, 21)}`);
def('mandrill_api_key', 'mailchimp', true, 'https://mailchimp.com/developer/transactional/guides/quick-start/', (r) => `md-${r.str(AL.b62 + '_', 22)}`);
def('postmark_server_token', 'postmark', true, 'https://postmarkapp.com/developer/api/overview#authentication', (r) => uuid(r));
def('brevo_api_key', 'brevo', true, 'https://developers.brevo.com/docs/getting-started', (r) => `xkeysib-${r.hex(64)}-${r.str(AL.b62, 16)}`);
def('resend_api_key', 'resend', true, 'https://resend.com/docs/dashboard/api-keys/introduction', (r) => `re_${r.str(AL.b62, 8)}_${r.str(AL.b62, 24)}`);
def('mailjet_secret', 'mailjet', true, 'https://dev.mailjet.com/email/guides/getting-started/', (r) => r.hex(32));
def('sparkpost_api_key', 'sparkpost', true, 'https://developers.sparkpost.com/api/#header-authentication', (r) => r.hex(40));
def('teams_webhook', 'microsoft-teams', true, 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  (r) => `https://${r.str(AL.lower, 7)}.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r.hex(32)}/${uuid(r)}/V2${r.str(AL.b62 + '-_', 43)}`);
def('vonage_api_secret', 'vonage', true, 'https://developer.vonage.com/en/getting-started/concepts/authentication', (r) => r.str(AL.b62, 16));
def('plivo_auth_token', 'plivo', true, 'https://www.plivo.com/docs/getting-started/overview-of-plivo-apis', (r) => r.str(AL.b62, 40));
def('pusher_app_secret', 'pusher', true, 'https://pusher.com/docs/channels/server_api/authenticating-users/', (r) => r.hex(20));
def('intercom_access_token', 'intercom', true, 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication', (r) => b64(`tok:${uuid(r).replace(/-/g, '_')}:1:0`));
def('zendesk_api_token', 'zendesk', true, 'https://support.zendesk.com/hc/en-us/articles/4408889192858', (r) => r.str(AL.b62, 40));

// ---- observability ----
def('datadog_api_key', 'datadog', true, 'https://docs.datadoghq.com/account_management/api-app-keys/', (r) => r.hex(32));
def('datadog_app_key', 'datadog', true, 'https://docs.datadoghq.com/account_management/api-app-keys/', (r) => r.hex(40));
const NR_DOC = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';
def('newrelic_user_key', 'newrelic', true, NR_DOC, (r) => `NRAK-${r.str(AL.upperAlnum, 27)}`);
def('newrelic_license_key', 'newrelic', true, NR_DOC, (r) => `${r.hex(36)}NRAL`);
def('newrelic_insert_key', 'newrelic', true, NR_DOC, (r) => `NRII-${r.str(AL.b62 + '_-', 32)}`);
def('sentry_org_token', 'sentry', true, 'https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens', (r) =>
  `sntrys_${b64(JSON.stringify({ iat: epoch(r) + r.int(1000) / 1000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: r.pick(['acme', 'northwind', 'globex']) })).replace(/=+$/, '')}_${r.str(AL.b62 + '+/', 43)}`);
def('sentry_user_token', 'sentry', true, 'https://docs.sentry.io/account/auth-tokens/#user-auth-tokens', (r) => `sntryu_${r.hex(64)}`);
def('sentry_auth_token_legacy', 'sentry', true, 'https://docs.sentry.io/api/auth/', (r) => r.hex(64));
def('sentry_dsn', 'sentry', false, 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (public DSN, safe in client code)',
  (r) => `https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`);
def('grafana_cloud_token', 'grafana', true, 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/', (r) =>
  `glc_${b64(JSON.stringify({ o: r.digits(6), n: `stack-${r.digits(6)}-hm-read-${r.pick(['prom', 'alloy', 'ci'])}`, k: r.str(AL.b62, 24), m: { r: r.pick(['us', 'prod-eu-west-2']) } }))}`);
def('grafana_service_account_token', 'grafana', true, 'https://grafana.com/docs/grafana/latest/administration/service-accounts/', (r) => `glsa_${r.str(AL.b62, 32)}_${r.hex(8)}`);
def('grafana_api_key_legacy', 'grafana', true, 'https://grafana.com/docs/grafana/latest/administration/api-keys/', (r) =>
  b64(JSON.stringify({ k: r.str(AL.b62, 32), n: r.pick(['deploy-bot', 'provisioner', 'ci']), id: r.range(1, 9) })));
def('pagerduty_api_token', 'pagerduty', true, 'https://support.pagerduty.com/main/docs/api-access-keys', (r) => `u+${r.str(AL.b62 + '_-', 18)}`);
def('pagerduty_integration_key', 'pagerduty', true, 'https://support.pagerduty.com/main/docs/services-and-integrations#generate-a-new-integration-key', (r) => r.hex(32));
def('honeycomb_ingest_key', 'honeycomb', true, 'https://docs.honeycomb.io/api/authentication', (r) => `hc${r.pick(['a', 'x', 'b'])}ik_01${r.str(AL.lowerAlnum, 24)}${r.str(AL.lowerAlnum, 32)}`);
def('honeycomb_config_key', 'honeycomb', true, 'https://docs.honeycomb.io/configure/environments/manage-api-keys', (r) => r.str(AL.b62, 22));
def('rollbar_token', 'rollbar', true, 'https://docs.rollbar.com/docs/access-tokens', (r) => r.hex(32));
def('bugsnag_api_key', 'bugsnag', true, 'https://docs.bugsnag.com/api/data-access/#authentication', (r) => r.hex(32));
def('dynatrace_token', 'dynatrace', true, 'https://docs.dynatrace.com/docs/manage/access-control/access-tokens#token-format', (r) => `dt0c01.${r.str(AL.upperAlnum, 24)}.${r.str(AL.upperAlnum, 64)}`);
def('splunk_hec_token', 'splunk', true, 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector', (r) => uuid(r));
def('logzio_token', 'logzio', true, 'https://docs.logz.io/docs/user-guide/admin/authentication-tokens/shipping-tokens/', (r) => r.str(AL.lower, 32));
def('elastic_api_key', 'elastic', true, 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html', (r) => b64(`${r.str(AL.b62 + '-_', 20)}:${r.str(AL.b62 + '-_', 22)}`));
def('mixpanel_secret', 'mixpanel', true, 'https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects#project-secret', (r) => r.hex(32));
def('segment_write_key', 'segment', false, 'https://segment.com/docs/connections/find-writekey/ (client-side write keys ship to browsers)', (r) => r.str(AL.b62, 32));

// ---- AI ----
const OAI_DOC = 'https://platform.openai.com/docs/api-reference/authentication';
def('openai_project_key', 'openai', true, OAI_DOC, (r) => `sk-proj-${r.str(AL.b62 + '_-', 74)}T3BlbkFJ${r.str(AL.b62 + '_-', 74)}`);
def('openai_service_account_key', 'openai', true, OAI_DOC, (r) => `sk-svcacct-${r.str(AL.b62 + '_-', 74)}T3BlbkFJ${r.str(AL.b62 + '_-', 74)}`);
def('openai_admin_key', 'openai', true, 'https://platform.openai.com/docs/api-reference/administration', (r) => `sk-admin-${r.str(AL.b62 + '_-', 74)}T3BlbkFJ${r.str(AL.b62 + '_-', 74)}`);
def('openai_legacy_key', 'openai', true, OAI_DOC, (r) => `sk-${r.str(AL.b62, 20)}T3BlbkFJ${r.str(AL.b62, 20)}`);
def('anthropic_api_key', 'anthropic', true, 'https://docs.anthropic.com/en/api/getting-started#authentication', (r) => `sk-ant-api03-${r.str(AL.b62 + '_-', 93)}AA`);
def('anthropic_admin_key', 'anthropic', true, 'https://docs.anthropic.com/en/api/administration-api', (r) => `sk-ant-admin01-${r.str(AL.b62 + '_-', 93)}AA`);
def('huggingface_token', 'huggingface', true, 'https://huggingface.co/docs/hub/security-tokens', (r) => `hf_${r.str(AL.upper + AL.lower, 34)}`);
def('huggingface_org_token', 'huggingface', true, 'https://huggingface.co/docs/hub/security-tokens', (r) => `api_org_${r.str(AL.upper + AL.lower, 34)}`);
def('cohere_api_key', 'cohere', true, 'https://docs.cohere.com/reference/about#authentication', (r) => r.str(AL.b62, 40));
def('replicate_token', 'replicate', true, 'https://replicate.com/docs/reference/http#authentication', (r) => `r8_${r.str(AL.b62, 37)}`);
def('groq_api_key', 'groq', true, 'https://console.groq.com/docs/quickstart', (r) => `gsk_${r.str(AL.b62, 52)}`);
def('mistral_api_key', 'mistral', true, 'https://docs.mistral.ai/getting-started/quickstart/', (r) => r.str(AL.b62, 32));
def('perplexity_api_key', 'perplexity', true, 'https://docs.perplexity.ai/guides/getting-started', (r) => `pplx-${r.str(AL.b62, 48)}`);
def('xai_api_key', 'xai', true, 'https://docs.x.ai/docs/overview', (r) => `xai-${r.str(AL.b62, 80)}`);
def('openrouter_api_key', 'openrouter', true, 'https://openrouter.ai/docs/api-reference/authentication', (r) => `sk-or-v1-${r.hex(64)}`);
def('langsmith_api_key', 'langsmith', true, 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`);
def('pinecone_api_key', 'pinecone', true, 'https://docs.pinecone.io/guides/projects/manage-api-keys', (r) => `pcsk_${r.str(AL.b62, 6)}_${r.str(AL.b62, 63)}`);
def('deepseek_api_key', 'deepseek', true, 'https://api-docs.deepseek.com/', (r) => `sk-${r.hex(32)}`);
def('elevenlabs_api_key', 'elevenlabs', true, 'https://elevenlabs.io/docs/api-reference/authentication', (r) => `sk_${r.hex(48)}`);
def('together_api_key', 'together', true, 'https://docs.together.ai/reference/authentication-1', (r) => `tgp_v1_${r.str(AL.b62 + '_-', 43)}`);
def('wandb_api_key', 'wandb', true, 'https://docs.wandb.ai/guides/track/environment-variables/', (r) => r.hex(40));
def('assemblyai_api_key', 'assemblyai', true, 'https://www.assemblyai.com/docs/api-reference/overview#authorization', (r) => r.hex(32));
def('deepgram_api_key', 'deepgram', true, 'https://developers.deepgram.com/docs/authenticating', (r) => r.hex(40));

// ---- databases / data platforms ----
const SUPA_DOC = 'https://supabase.com/docs/guides/api/api-keys';
const supaPayload = (r, role) => ({ iss: 'supabase', ref: r.str(AL.lower, 20), role, iat: epoch(r), exp: epoch(r) + 315360000 });
def('supabase_service_role_key', 'supabase', true, SUPA_DOC, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, supaPayload(r, 'service_role')));
def('supabase_anon_key', 'supabase', false, `${SUPA_DOC} (anon key is public by design)`, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, supaPayload(r, 'anon')));
def('supabase_secret_key', 'supabase', true, SUPA_DOC, (r) => `sb_secret_${r.str(AL.b62 + '_-', 22)}_${r.str(AL.b62, 8)}`);
def('supabase_publishable_key', 'supabase', false, SUPA_DOC, (r) => `sb_publishable_${r.str(AL.b62 + '_-', 22)}_${r.str(AL.b62, 8)}`);
def('planetscale_password', 'planetscale', true, 'https://planetscale.com/docs/concepts/connection-strings', (r) => `pscale_pw_${r.str(AL.b62 + '_-', 43)}`);
def('planetscale_token', 'planetscale', true, 'https://planetscale.com/docs/concepts/service-tokens', (r) => `pscale_tkn_${r.str(AL.b62 + '_-', 43)}`);
def('neon_api_key', 'neon', true, 'https://neon.tech/docs/manage/api-keys', (r) => `napi_${r.str(AL.lowerAlnum, 64)}`);
def('databricks_token', 'databricks', true, 'https://docs.databricks.com/en/dev-tools/auth/pat.html', (r) => `dapi${r.hex(32)}`);
def('mongodb_atlas_private_key', 'mongodb', true, 'https://www.mongodb.com/docs/atlas/configure-api-access/', (r) => uuid(r));
def('upstash_redis_token', 'upstash', true, 'https://upstash.com/docs/redis/features/restapi', (r) => `A${r.str(AL.b62, 3)}ASQgN${r.str(AL.b62 + '_-', 50)}`);
def('firebase_db_secret', 'firebase', true, 'https://firebase.google.com/docs/database/rest/auth#legacy_tokens', (r) => r.str(AL.b62, 40));
def('fcm_server_key', 'firebase', true, 'https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests', (r) => `AAAA${r.str(AL.b62 + '_-', 7)}:APA91b${r.str(AL.b62 + '_-', 134)}`);
def('db_password', 'generic', true, 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING (random password in a URI; URL-safe alphabet)', (r) => r.str(AL.b62, 24));

// ---- SaaS platforms with prefixed tokens ----
def('algolia_admin_key', 'algolia', true, 'https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key', (r) => r.hex(32));
def('algolia_search_key', 'algolia', false, 'https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key (public)', (r) => r.hex(32));
def('mapbox_secret_token', 'mapbox', true, 'https://docs.mapbox.com/accounts/guides/tokens/', (r) => `sk.${b64url(JSON.stringify({ u: r.pick(['acme-maps', 'fleetops']), a: r.str(AL.lowerAlnum, 25) }))}.${r.str(AL.b62 + '-_', 22)}`);
def('mapbox_public_token', 'mapbox', false, 'https://docs.mapbox.com/accounts/guides/tokens/ (pk. tokens are public)', (r) => `pk.${b64url(JSON.stringify({ u: r.pick(['acme-maps', 'fleetops']), a: r.str(AL.lowerAlnum, 25) }))}.${r.str(AL.b62 + '-_', 22)}`);
def('linear_api_key', 'linear', true, 'https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys', (r) => `lin_api_${r.str(AL.b62, 40)}`);
def('asana_pat', 'asana', true, 'https://developers.asana.com/docs/personal-access-token', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`);
def('figma_pat', 'figma', true, 'https://www.figma.com/developers/api#access-tokens', (r) => `figd_${r.str(AL.b62 + '_-', 40)}`);
def('postman_api_key', 'postman', true, 'https://learning.postman.com/docs/developer/postman-api/authentication/', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`);
def('okta_api_token', 'okta', true, 'https://developer.okta.com/docs/guides/create-an-api-token/main/', (r) => `00${r.str(AL.b62 + '_-', 40)}`);
def('auth0_client_secret', 'auth0', true, 'https://auth0.com/docs/get-started/applications/application-settings', (r) => r.str(AL.b62 + '_-', 64));
def('notion_token', 'notion', true, 'https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up', (r) => `ntn_${r.digits(11)}${r.str(AL.b62, 35)}`);
def('notion_token_legacy', 'notion', true, 'https://developers.notion.com/docs/authorization', (r) => `secret_${r.str(AL.b62, 43)}`);
def('airtable_pat', 'airtable', true, 'https://airtable.com/developers/web/guides/personal-access-tokens', (r) => `pat${r.str(AL.b62, 14)}.${r.hex(64)}`);
def('contentful_pat', 'contentful', true, 'https://www.contentful.com/developers/docs/references/authentication/', (r) => `CFPAT-${r.str(AL.b62 + '_-', 43)}`);
def('hubspot_pat', 'hubspot', true, 'https://developers.hubspot.com/docs/api/private-apps', (r) => `pat-na1-${uuid(r)}`);
def('salesforce_access_token', 'salesforce', true, 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm', (r) => `00D${r.str(AL.b62, 12)}!${r.str(AL.b62, 4)}${r.str(AL.b62 + '._', 92)}`);
def('shippo_token', 'shippo', true, 'https://docs.goshippo.com/docs/guides_general/authentication/', (r) => `shippo_live_${r.hex(40)}`);
def('easypost_api_key', 'easypost', true, 'https://docs.easypost.com/docs/authentication', (r) => `EZAK${r.hex(54)}`);
def('typeform_token', 'typeform', true, 'https://www.typeform.com/developers/get-started/personal-access-token/', (r) => `tfp_${r.str(AL.b62 + '_-', 44)}_${r.str(AL.b62, 14)}`);
def('dropbox_short_lived', 'dropbox', true, 'https://developers.dropbox.com/oauth-guide', (r) => `sl.${r.str(AL.b62 + '_-', 135)}`);
def('facebook_access_token', 'facebook', true, 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens', (r) => `EAA${r.str(AL.b62, 4)}ZB${r.str(AL.b62, 170)}`);
def('twitter_bearer_token', 'twitter', true, 'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens', (r) => `AAAAAAAAAAAAAAAAAAAAA${r.str(AL.b62, 30)}%3D${r.str(AL.b62, 50)}`);
def('twitter_api_secret', 'twitter', true, 'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret', (r) => r.str(AL.b62, 50));
def('launchdarkly_sdk_key', 'launchdarkly', true, 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys', (r) => `sdk-${uuid(r)}`);
def('launchdarkly_api_token', 'launchdarkly', true, 'https://docs.launchdarkly.com/home/account/api', (r) => `api-${uuid(r)}`);
def('google_app_password', 'google', true, 'https://support.google.com/accounts/answer/185833 (16 letters shown in four groups)', (r) => [0, 1, 2, 3].map(() => r.str(AL.lower, 4)).join(' '));
def('recaptcha_secret', 'google', true, 'https://developers.google.com/recaptcha/docs/verify', (r) => `6L${r.str(AL.b62 + '_-', 38)}`);
def('recaptcha_site_key', 'google', false, 'https://developers.google.com/recaptcha/intro (site key is public)', (r) => `6L${r.str(AL.b62 + '_-', 38)}`);
def('zoom_client_secret', 'zoom', true, 'https://developers.zoom.us/docs/internal-apps/s2s-oauth/', (r) => r.str(AL.b62, 32));
def('cloudinary_api_secret', 'cloudinary', true, 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console', (r) => r.str(AL.b62 + '_-', 27));
def('imgur_client_secret', 'imgur', true, 'https://apidocs.imgur.com/#authorization-and-oauth', (r) => r.hex(40));
def('clerk_secret_key', 'clerk', true, 'https://clerk.com/docs/deployments/clerk-environment-variables', (r) => `sk_live_${r.str(AL.b62, 40)}`);
def('frameio_token', 'frameio', true, 'https://developer.frame.io/docs/getting-started/authentication', (r) => `fio-u-${r.str(AL.b62 + '_-', 64)}`);
def('yandex_api_key', 'yandex', true, 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key', (r) => `AQVN${r.str(AL.b62 + '_-', 36)}`);
def('wordpress_salt', 'wordpress', true, 'https://developer.wordpress.org/reference/functions/wp_salt/ (api.wordpress.org/secret-key/1.1/salt/)',
  (r) => r.str(`${AL.b62}!@#$%^&*()-_[]{}<>~+=,.;:/?|`, 64));
def('django_secret_key', 'django', true, 'https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key', (r) => `django-insecure-${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)}`);
def('django_secret_key_plain', 'django', true, 'https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key', (r) => r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50));
def('rails_master_key', 'rails', true, 'https://guides.rubyonrails.org/security.html#custom-credentials', (r) => r.hex(32));
def('rails_secret_key_base', 'rails', true, 'https://guides.rubyonrails.org/security.html#session-storage', (r) => r.hex(128));
def('laravel_app_key', 'laravel', true, 'https://laravel.com/docs/11.x/encryption#configuration', (r) => `base64:${b64(r.bytes(32))}`);
def('symfony_app_secret', 'symfony', true, 'https://symfony.com/doc/current/reference/configuration/framework.html#secret', (r) => r.hex(32));
def('flask_secret_key', 'flask', true, 'https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY', (r) => r.hex(64));
def('jwt_hmac_secret', 'generic', true, 'https://datatracker.ietf.org/doc/html/rfc7518#section-3.2 (HS256 keys >= 256 bits)', (r) => b64(r.bytes(48)));
def('generic_api_key_hex32', 'generic', true, 'n/a: an opaque 128-bit key in hex, as many SaaS consoles issue', (r) => r.hex(32));
def('generic_api_key_alnum40', 'generic', true, 'n/a: an opaque 40-char alphanumeric key', (r) => r.str(AL.b62, 40));
def('generic_key_upper16', 'generic', true, 'n/a: a 16-char uppercase API password (PayPal NVP/SOAP style)', (r) => r.str(AL.upperAlnum, 16));
def('encryption_key_hex', 'generic', true, 'n/a: an AES-256 key as 64 hex chars', (r) => r.hex(64));
def('webhook_signing_secret', 'generic', true, 'n/a: an HMAC secret for webhook signatures', (r) => r.str(AL.b62, 32));

// ---- long tail: small SaaS APIs whose keys have no prefix (name next to the value is the only clue) ----
const HEX = AL.hex;
plain('abstractapi_key', 'abstractapi', HEX, 32, 'https://docs.abstractapi.com/ (api_key query parameter, 32 hex)');
plain('ipstack_key', 'ipstack', HEX, 32, 'https://ipstack.com/documentation#quickstart');
plain('openweathermap_key', 'openweathermap', HEX, 32, 'https://openweathermap.org/appid');
plain('newsapi_key', 'newsapi', HEX, 32, 'https://newsapi.org/docs/authentication');
plain('alphavantage_key', 'alphavantage', AL.upperAlnum, 16, 'https://www.alphavantage.co/documentation/');
plain('weatherstack_key', 'weatherstack', HEX, 32, 'https://weatherstack.com/documentation');
plain('positionstack_key', 'positionstack', HEX, 32, 'https://positionstack.com/documentation');
plain('opencage_key', 'opencage', HEX, 32, 'https://opencagedata.com/api#authentication');
plain('ipgeolocation_key', 'ipgeolocation', HEX, 32, 'https://ipgeolocation.io/documentation.html');
plain('exchangerate_api_key', 'exchangerate-api', HEX, 24, 'https://www.exchangerate-api.com/docs/authentication');
plain('fixer_key', 'fixer', HEX, 32, 'https://fixer.io/documentation');
plain('etherscan_key', 'etherscan', AL.upperAlnum, 34, 'https://docs.etherscan.io/getting-started/viewing-api-usage-statistics');
plain('infura_project_secret', 'infura', HEX, 32, 'https://docs.metamask.io/services/get-started/infura/');
plain('alchemy_key', 'alchemy', AL.b62 + '_-', 32, 'https://docs.alchemy.com/reference/api-overview');
plain('pexels_key', 'pexels', AL.b62, 56, 'https://www.pexels.com/api/documentation/#authorization');
plain('unsplash_access_key', 'unsplash', AL.b62 + '_-', 43, 'https://unsplash.com/documentation#authorization');
plain('giphy_key', 'giphy', AL.b62, 32, 'https://developers.giphy.com/docs/api/');
plain('tmdb_key', 'tmdb', HEX, 32, 'https://developer.themoviedb.org/docs/authentication-application');
plain('rapidapi_key', 'rapidapi', AL.b62, 50, 'https://docs.rapidapi.com/docs/keys-and-key-rotation');
plain('scraperapi_key', 'scraperapi', HEX, 32, 'https://docs.scraperapi.com/');
plain('serpapi_key', 'serpapi', HEX, 64, 'https://serpapi.com/search-api');
plain('hunter_key', 'hunter', HEX, 40, 'https://hunter.io/api-documentation/v2#authentication');
plain('zerobounce_key', 'zerobounce', HEX, 32, 'https://www.zerobounce.net/docs/');
plain('numverify_key', 'numverify', HEX, 32, 'https://numverify.com/documentation');
plain('nasa_api_key', 'nasa', AL.b62, 40, 'https://api.nasa.gov/');
plain('spoonacular_key', 'spoonacular', HEX, 32, 'https://spoonacular.com/food-api/docs#Authentication');
plain('polygon_key', 'polygon', AL.b62 + '_', 32, 'https://polygon.io/docs/stocks/getting-started');
plain('finnhub_key', 'finnhub', AL.lowerAlnum, 20, 'https://finnhub.io/docs/api/authentication');
plain('twelvedata_key', 'twelvedata', HEX, 32, 'https://twelvedata.com/docs#authentication');
plain('bitly_token', 'bitly', HEX, 40, 'https://dev.bitly.com/docs/getting-started/authentication/');
plain('rebrandly_key', 'rebrandly', HEX, 32, 'https://developers.rebrandly.com/docs/api-key-authentication');
plain('tomtom_key', 'tomtom', AL.b62, 32, 'https://developer.tomtom.com/platform/documentation/dashboard/api-keys');
plain('here_api_key', 'here', AL.b62 + '_-', 43, 'https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html');
plain('mapquest_key', 'mapquest', AL.b62, 32, 'https://developer.mapquest.com/documentation/');
plain('ipinfo_token', 'ipinfo', HEX, 14, 'https://ipinfo.io/developers#authentication');
plain('weatherapi_key', 'weatherapi', HEX, 31, 'https://www.weatherapi.com/docs/');
plain('currencyapi_key', 'currencyapi', AL.b62, 40, 'https://currencyapi.com/docs/#authentication', 'cur_live_');
plain('coinmarketcap_key', 'coinmarketcap', HEX, 32, 'https://coinmarketcap.com/api/documentation/v1/#section/Authentication');
plain('browserless_token', 'browserless', AL.b62, 48, 'https://docs.browserless.io/overview/connection-urls');
plain('screenshotone_key', 'screenshotone', AL.b62 + '-', 14, 'https://screenshotone.com/docs/getting-started/');
plain('edamam_app_key', 'edamam', HEX, 32, 'https://developer.edamam.com/edamam-docs-recipe-api');
plain('mailboxlayer_key', 'mailboxlayer', HEX, 32, 'https://mailboxlayer.com/documentation');
plain('aviationstack_key', 'aviationstack', HEX, 32, 'https://aviationstack.com/documentation');
plain('deepl_api_key', 'deepl', HEX, 32, 'https://developers.deepl.com/docs/getting-started/auth');
plain('amplitude_secret', 'amplitude', HEX, 32, 'https://amplitude.com/docs/apis/authentication');
plain('clearbit_key', 'clearbit', HEX, 32, 'https://dashboard.clearbit.com/docs#authentication', 'sk_');
plain('locationiq_key', 'locationiq', HEX, 32, 'https://docs.locationiq.com/docs/authentication', 'pk.');
plain('geoapify_key', 'geoapify', HEX, 32, 'https://apidocs.geoapify.com/docs/getting-started/#authentication');
plain('ipdata_key', 'ipdata', HEX, 56, 'https://docs.ipdata.co/docs/authentication');
plain('calendarific_key', 'calendarific', HEX, 40, 'https://calendarific.com/api-documentation');

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
function pkcs8Rsa(r) {
  return seq(smallInt(0), RSA_OID, der(0x04, rsaPkcs1Der(r)));
}
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

// ---------------------------------------------------------------------------------------------
// Marker expansion
// ---------------------------------------------------------------------------------------------
const MARKER = /⟦([a-z0-9_]+)(?::([^|⟧]*))?((?:\|[^|⟧]*)*)⟧/g;

const FILTERS = {
  b64: (v) => Buffer.from(v).toString('base64'),
  b64url: (v) => Buffer.from(v).toString('base64url'),
  url: (v) => encodeURIComponent(v),
  json: (v) => JSON.stringify(v).slice(1, -1),
  hex: (v) => Buffer.from(v).toString('hex'),
  xesc: (v) => [...Buffer.from(v)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''),
  uesc: (v, arg) => {
    const n = arg ? Number(arg) : v.length;
    return [...v.slice(0, n)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('') + v.slice(n);
  },
  pre: (v, arg) => arg + v,
  post: (v, arg) => v + arg,
  slice: (v, arg) => {
    const [a, b] = arg.split('-');
    return v.slice(Number(a || 0), b === undefined || b === '' ? undefined : Number(b));
  },
  line: (v, arg) => v.split('\n')[Number(arg) - 1] ?? '',
};

function corpusSeed() {
  return process.env.TG_CORPUS_SEED || 'v1';
}

/** one value for (file, kind, seed); deterministic for a corpus seed */
function generate(kind, seed, relPath, cseed = corpusSeed()) {
  const g = GENERATORS[kind];
  if (!g) throw new Error(`no generator for marker kind "${kind}" in ${relPath}`);
  return g.gen(new Rng(`${cseed}\0${relPath}\0${kind}\0${seed}`), seed);
}

function parseMarkers(text) {
  const out = [];
  for (const m of text.matchAll(MARKER)) {
    const filters = m[3] ? m[3].split('|').slice(1).map((f) => {
      const eq = f.indexOf('=');
      return eq < 0 ? { name: f, arg: '' } : { name: f.slice(0, eq), arg: f.slice(eq + 1) };
    }) : [];
    out.push({ raw: m[0], index: m.index, kind: m[1], seed: m[2], filters });
  }
  return out;
}

/**
 * Expand every marker of one corpus file. Unseeded markers get their own value each (seed '#n',
 * counted per kind). Returns the text plus, per marker, where its value starts and ends (lines are
 * 1-based in the expanded text) so authoring tools and tests can map markers to label lines.
 */
function expandMarkers(text, relPath, cseed = corpusSeed()) {
  const counters = {};
  const markers = [];
  let out = '';
  let last = 0;
  for (const m of parseMarkers(text)) {
    const seed = m.seed !== undefined ? m.seed : `#${(counters[m.kind] = (counters[m.kind] || 0) + 1)}`;
    let value = generate(m.kind, seed, relPath, cseed);
    for (const f of m.filters) {
      if (!FILTERS[f.name]) throw new Error(`unknown filter "${f.name}" in ${m.raw} (${relPath})`);
      value = FILTERS[f.name](value, f.arg);
    }
    out += text.slice(last, m.index);
    const startLine = out.split('\n').length;
    out += value;
    const endLine = out.split('\n').length;
    const rawLine = text.slice(0, m.index).split('\n').length;
    markers.push({ kind: m.kind, seed, raw: m.raw, rawLine, startLine, endLine, secret: GENERATORS[m.kind].secret });
    last = m.index + m.raw.length;
  }
  out += text.slice(last);
  return { text: out, markers };
}

module.exports = { GENERATORS, FILTERS, MARKER, Rng, generate, parseMarkers, expandMarkers, crc32, base62, corpusSeed };

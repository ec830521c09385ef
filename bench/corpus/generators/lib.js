'use strict';
/**
 * Building blocks for the corpus generators: a seedable PRNG, alphabets, encodings (base62, CRC32,
 * CRC24, bech32) and the byte layouts of keys (ASN.1 DER, PEM, OpenSSH, PuTTY, OpenPGP armor, JWT).
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

function pkcs8Rsa(r) {
  return seq(smallInt(0), RSA_OID, der(0x04, rsaPkcs1Der(r)));
}

module.exports = { Rng, AL, b64, b64url, wrap, crc32, base62, crcToken, crc24, bech32, to5bit, der, seq, derInt, smallInt, RSA_OID, EC_P256_ALG, rsaPkcs1Der, ecSec1Der, pem, sshString, openSshEd25519, sshRsaPublicBlob, puttyPpk, pgpBlock, jwt, epoch, uuid, pkcs8Rsa };

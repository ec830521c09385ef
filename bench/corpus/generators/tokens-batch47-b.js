'use strict';
/**
 * Generators added with batch47-b (see bench/corpus/README.md): blockchain and web3 teams, node
 * operators and crypto trading desks. Each carries the URL of the documentation it follows.
 */
const crypto = require('node:crypto');
const { AL, b64, bech32, to5bit, jwt, epoch, uuid } = require('./lib');

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Bitcoin-style base58 (leading zero bytes become '1') */
function base58(buf) {
  let n = BigInt(`0x${Buffer.from(buf).toString('hex') || '0'}`);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const byte of buf) {
    if (byte !== 0) break;
    s = `1${s}`;
  }
  return s;
}
const sha256d = (buf) => crypto.createHash('sha256').update(crypto.createHash('sha256').update(buf).digest()).digest();
/** base58check: payload + first 4 bytes of double SHA-256 */
const base58check = (payload) => base58(Buffer.concat([payload, sha256d(payload).subarray(0, 4)]));

/** BIP-32 extended key serialization: version, depth, parent fingerprint, child number, chain code, key */
function bip32(r, version, priv) {
  const depth = Buffer.from([3]);
  const fingerprint = r.bytes(4);
  const child = Buffer.from([0x80, 0, 0, 0]);
  const chain = r.bytes(32);
  const key = priv ? Buffer.concat([Buffer.from([0]), r.bytes(32)]) : Buffer.concat([Buffer.from([r.pick([2, 3])]), r.bytes(32)]);
  return base58check(Buffer.concat([Buffer.from(version, 'hex'), depth, fingerprint, child, chain, key]));
}

/** 24 BIP-39 words: two draws of the 12-word generator of batch39-c (same English word subset) */
function mnemonic24(r) {
  const { GENERATORS } = require('../generators'); // lazy: generators.js is loaded by the time a marker expands
  return `${GENERATORS.b39c_bip39_mnemonic.gen(r)} ${GENERATORS.b39c_bip39_mnemonic.gen(r)}`;
}

module.exports = function register(def, plain) {
  // ---- wallets and chain keys ----
  const SOLANA_FS = 'https://docs.anza.xyz/cli/wallets/file-system';
  def('b47b_solana_keypair_json', 'solana', true, `${SOLANA_FS} (solana-keygen keypair file: a JSON array of the 64 bytes secret seed || public key)`,
    (r) => `[${[...r.bytes(64)].join(',')}]`);
  def('b47b_solana_secret_b58', 'solana', true, 'https://solana.com/developers/cookbook/wallets/restore-keypair (secret key as the base58 string of the 64-byte secretKey, what wallets such as Phantom export)',
    (r) => base58(r.bytes(64)));
  def('b47b_solana_pubkey', 'none', false, 'https://solana.com/docs/core/accounts (account address: base58 of a 32-byte ed25519 public key; public)',
    (r) => base58(r.bytes(32)));
  def('b47b_solana_tx_signature', 'none', false, 'https://solana.com/docs/core/transactions#signatures (transaction signature: base58 of 64 bytes, the id shown by explorers; public)',
    (r) => base58(r.bytes(64)));
  def('b47b_sui_privkey', 'sui', true, 'https://sdk.mystenlabs.com/typedoc/functions/_mysten_sui.cryptography.encodeSuiPrivateKey.html (bech32 string with hrp suiprivkey over flag || 32-byte private key)',
    (r) => bech32('suiprivkey', to5bit(Buffer.concat([Buffer.from([0]), r.bytes(32)]))));
  def('b47b_aptos_privkey', 'aptos', true, 'https://github.com/aptos-foundation/AIPs/blob/main/aips/aip-80.md (AIP-80 private key: ed25519-priv-0x + 64 hex)',
    (r) => `ed25519-priv-0x${r.hex(64)}`);
  const NEAR = 'https://docs.near.org/tools/near-cli (credentials saved under ~/.near-credentials/<network>/<account>.json)';
  def('b47b_near_private_key', 'near', true, `${NEAR} (private_key: ed25519: + base58 of the 64-byte secret key)`, (r) => `ed25519:${base58(r.bytes(64))}`);
  def('b47b_near_public_key', 'none', false, `${NEAR} (public_key: ed25519: + base58 of 32 bytes; public)`, (r) => `ed25519:${base58(r.bytes(32))}`);
  def('b47b_eth_address', 'none', false, 'https://ethereum.org/en/developers/docs/accounts/ (address: 0x + last 20 bytes of the keccak of the public key, 40 hex; public)',
    (r) => `0x${r.hex(40)}`);
  def('b47b_tx_hash', 'none', false, 'https://ethereum.org/en/developers/docs/transactions/ (transaction hash: 0x + 64 hex; public)', (r) => `0x${r.hex(64)}`);
  // Cosmos SDK bech32 account / operator addresses; the seed's prefix before '-' picks the hrp (osmo-treasury -> osmo1...)
  const HRPS = ['bc', 'cosmos', 'osmo', 'cosmosvaloper', 'osmovaloper', 'celestia', 'celestiavaloper', 'neutron', 'noble', 'juno', 'stride', 'dydx'];
  def('b47b_bech32_address', 'none', false, 'https://docs.cosmos.network/main/learn/beginner/accounts#addresses (bech32 of a 20-byte address with a chain prefix; bc- seeds give BIP-173 P2WPKH bitcoin addresses; public)',
    (r, seed) => {
      const hrp = HRPS.find((h) => String(seed).split('-')[0] === h) || 'cosmos';
      // bc: a segwit v0 P2WPKH address (witness version 0 first, BIP-173)
      return bech32(hrp, hrp === 'bc' ? [0, ...to5bit(r.bytes(20))] : to5bit(r.bytes(20)));
    });
  const COMET = 'https://docs.cometbft.com/v0.38/core/validators';
  def('b47b_cometbft_privkey', 'cometbft', true, `${COMET} (priv_validator_key.json / node_key.json: priv_key.value = base64 of the 64-byte ed25519 key)`,
    (r) => b64(r.bytes(64)));
  def('b47b_cometbft_pubkey', 'none', false, `${COMET} (pub_key.value: base64 of 32 bytes; public, shown by tendermint show-validator)`, (r) => b64(r.bytes(32)));
  def('b47b_cometbft_address', 'none', false, `${COMET} (validator address: 20 bytes as 40 upper-case hex; public)`, (r) => r.str(AL.HEX, 40));
  def('b47b_bip39_mnemonic24', 'ethereum', true, 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki (24-word mnemonic, 256 bits of entropy)', mnemonic24);
  def('b47b_btc_wif', 'bitcoin', true, 'https://en.bitcoin.it/wiki/Wallet_import_format (base58check of 0x80 || 32-byte key || 0x01: 52 chars starting K or L)',
    (r) => base58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([1])])));
  const BIP32 = 'https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#serialization-format';
  def('b47b_btc_xprv', 'bitcoin', true, `${BIP32} (extended private key, version 0x0488ADE4: 111 base58check chars starting xprv)`, (r) => bip32(r, '0488ade4', true));
  def('b47b_btc_xpub', 'none', false, `${BIP32} (extended public key, version 0x0488B21E, starting xpub; watch-only, not a secret)`, (r) => bip32(r, '0488b21e', false));
  def('b47b_lnd_macaroon_hex', 'lnd', true, 'https://docs.lightning.engineering/lightning-network-tools/lnd/macaroons (admin.macaroon as hex: macaroon v2, location lnd, identifier, 32-byte HMAC signature; a bearer credential)',
    (r) => `0201036c6e6402f801030a10${r.hex(32)}1201301a${r.hex(444)}00000620${r.hex(64)}`);
  def('b47b_engine_jwt_secret', 'ethereum', true, 'https://github.com/ethereum/execution-apis/blob/main/src/engine/authentication.md (Engine API JWT secret: 32 bytes hex in jwt.hex, shared by execution and consensus clients)',
    (r) => `0x${r.hex(64)}`);
  const EIP2335 = 'https://eips.ethereum.org/EIPS/eip-2335';
  def('b47b_bls_pubkey', 'none', false, `${EIP2335} (BLS12-381 validator public key: 48 bytes, 96 hex; public)`, (r) => r.hex(96));
  def('b47b_bls_signature', 'none', false, 'https://github.com/ethereum/staking-deposit-cli (deposit_data signature: 96 bytes, 192 hex; public once deposited)', (r) => r.hex(192));
  def('b47b_keystore_cipher_hex', 'none', false, `${EIP2335} (keystore crypto.cipher.message: AES-128-CTR ciphertext of the key, 64 hex; useless without the password)`, (r) => r.hex(64));
  def('b47b_ipfs_cid_v0', 'none', false, 'https://docs.ipfs.tech/concepts/content-addressing/ (CIDv0: base58 of the sha2-256 multihash, 46 chars starting Qm; a content hash)',
    (r) => base58(Buffer.concat([Buffer.from([0x12, 0x20]), r.bytes(32)])));
  def('b47b_walletconnect_project_id', 'none', false, 'https://docs.reown.com/appkit/overview (projectId: 32 hex, shipped in the dapp bundle; public by design)', (r) => r.hex(32));

  // ---- node, RPC, indexer and data providers ----
  plain('b47b_quicknode_token', 'quicknode', AL.hex, 40, 'https://www.quicknode.com/docs/ethereum/endpoint-security (token authentication: the 40-hex token is the path segment of the endpoint URL https://<name>.<network>.quiknode.pro/<token>/)');
  def('b47b_helius_api_key', 'helius', true, 'https://www.helius.dev/docs/api-reference/endpoints (api-key query parameter of mainnet.helius-rpc.com; a UUID)', uuid);
  plain('b47b_ankr_api_key', 'ankr', AL.hex, 64, 'https://www.ankr.com/docs/rpc-service/getting-started/intro/ (premium endpoint https://rpc.ankr.com/<chain>/<64-hex key>)');
  plain('b47b_chainstack_key', 'chainstack', AL.hex, 32, 'https://docs.chainstack.com/docs/authentication-methods-for-different-scenarios (key-protected endpoint https://nd-NNN-NNN-NNN.p2pify.com/<32-hex key>)');
  def('b47b_blockfrost_project_id', 'blockfrost', true, 'https://blockfrost.dev/overview/getting-started (project_id: network prefix mainnet/preprod/preview + 32 alphanumerics, sent as the project_id header; a secret)',
    (r, seed) => `${['preprod', 'preview'].find((n) => String(seed).startsWith(n)) || 'mainnet'}${r.str(AL.b62, 32)}`);
  def('b47b_coingecko_api_key', 'coingecko', true, 'https://docs.coingecko.com/reference/authentication (x-cg-pro-api-key / x-cg-demo-api-key; keys the dashboard issues are CG- + 24 alphanumerics)',
    (r) => `CG-${r.str(AL.b62, 24)}`);
  plain('b47b_graph_deploy_key', 'thegraph', AL.hex, 32, 'https://thegraph.com/docs/en/subgraphs/developing/deploying/using-subgraph-studio/ (deploy key for graph auth / graph deploy --deploy-key, 32 hex)');
  plain('b47b_graph_api_key', 'thegraph', AL.hex, 32, 'https://thegraph.com/docs/en/subgraphs/querying/managing-api-keys/ (query API key in https://gateway.thegraph.com/api/<key>/subgraphs/id/<id>, 32 hex)');
  const PINATA = 'https://docs.pinata.cloud/account-management/api-keys';
  def('b47b_pinata_api_key', 'none', false, `${PINATA} (pinata_api_key: 20 hex, listed as the key's public key on the Keys page)`, (r) => r.hex(20));
  plain('b47b_pinata_api_secret', 'pinata', AL.hex, 64, `${PINATA} (pinata_secret_api_key: 64 hex, shown once)`);
  def('b47b_pinata_jwt', 'pinata', true, `${PINATA} (the JWT issued with a key: HS256, claims carry userInformation and scopedKeyKey / scopedKeySecret; Authorization: Bearer)`,
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, {
      userInformation: { id: uuid(r), email: `${r.pick(['ops', 'dev', 'nft', 'mint'])}@${r.pick(['lumenmint.xyz', 'heronlabs.io', 'kelpdao.dev'])}`, email_verified: true,
        pin_policy: { regions: [{ desiredReplicationCount: 1, id: 'FRA1' }, { desiredReplicationCount: 1, id: 'NYC1' }], version: 1 }, mfa_enabled: false, status: 'ACTIVE' },
      authenticationType: 'scopedKey', scopedKeyKey: r.hex(20), scopedKeySecret: r.hex(64), exp: epoch(r) + 31536000, iat: epoch(r),
    }));
  plain('b47b_tenderly_access_key', 'tenderly', AL.b62, 32, 'https://docs.tenderly.co/platform/account/projects/api-tokens (access token sent as X-Access-Key; shown once)');
  def('b47b_moralis_api_key', 'moralis', true, 'https://docs.moralis.com/web3-data-api/evm/get-your-api-key (X-API-Key; keys are HS256 JWTs with nonce, orgId, userId, typeId, type PROJECT)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { nonce: uuid(r), orgId: String(r.range(100000, 999999)), userId: String(r.range(100000, 999999)), typeId: uuid(r), type: 'PROJECT', iat: epoch(r), exp: 4860000000 + r.int(99999999) }));
  plain('b47b_dune_api_key', 'dune', AL.b62, 32, 'https://docs.dune.com/api-reference/overview/authentication (X-Dune-API-Key header; 32 alphanumerics)');
  plain('b47b_opensea_api_key', 'opensea', AL.hex, 32, 'https://docs.opensea.io/reference/api-keys (X-API-KEY header; 32 hex)');
  plain('b47b_oneinch_api_key', '1inch', AL.b62, 32, 'https://portal.1inch.dev/documentation/overview (Dev Portal API key, Authorization: Bearer; 32 alphanumerics)');
  def('b47b_zeroex_api_key', '0x', true, 'https://0x.org/docs/introduction/getting-started (0x-api-key header; a UUID from the dashboard)', uuid);

  // ---- exchanges (trading bots) ----
  const BYBIT = 'https://bybit-exchange.github.io/docs/v5/guide#authentication';
  plain('b47b_bybit_api_key', 'bybit', AL.b62, 18, `${BYBIT} (X-BAPI-API-KEY; Bybit asks to treat the HMAC key pair as passwords; 18 alphanumerics)`);
  plain('b47b_bybit_api_secret', 'bybit', AL.b62, 36, `${BYBIT} (HMAC secret, 36 alphanumerics)`);
  const OKX = 'https://www.okx.com/docs-v5/en/#overview-rest-authentication';
  def('b47b_okx_api_key', 'none', false, `${OKX} (OK-ACCESS-KEY: a UUID sent with every request; the identifier of the key)`, uuid);
  plain('b47b_okx_secret_key', 'okx', AL.HEX, 32, `${OKX} (SecretKey for OK-ACCESS-SIGN, 32 upper-case hex)`);
  const KUCOIN = 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request';
  def('b47b_kucoin_api_key', 'none', false, `${KUCOIN} (KC-API-KEY: 24 hex, the key identifier)`, (r) => r.hex(24));
  def('b47b_kucoin_api_secret', 'kucoin', true, `${KUCOIN} (API secret for KC-API-SIGN: a UUID)`, uuid);
  const GEMINI = 'https://developer.gemini.com/authentication/api-key';
  def('b47b_gemini_api_key', 'none', false, `${GEMINI} (API key "serves as your user name": account- + 20 alphanumerics)`, (r) => `account-${r.str(AL.b62, 20)}`);
  plain('b47b_gemini_api_secret', 'gemini', B58, 28, `${GEMINI} (API secret used for the HMAC-SHA384 X-GEMINI-SIGNATURE; 28 base58 characters)`);
  const DERIBIT = 'https://docs.deribit.com/#authentication';
  def('b47b_deribit_client_id', 'none', false, `${DERIBIT} (client_id: 8 alphanumerics, an identifier)`, (r) => r.str(AL.b62 + '_-', 8));
  plain('b47b_deribit_client_secret', 'deribit', `${AL.b62}_-`, 43, `${DERIBIT} (client_secret for client_credentials / client_signature, 43 url-safe characters)`);
  const BITGET = 'https://www.bitget.com/api-doc/common/signature';
  def('b47b_bitget_api_key', 'none', false, `${BITGET} (ACCESS-KEY: bg_ + 32 hex, the identifier)`, (r) => `bg_${r.hex(32)}`);
  plain('b47b_bitget_secret', 'bitget', AL.hex, 64, `${BITGET} (SecretKey for ACCESS-SIGN, 64 hex)`);

  def('b47b_celestia_auth_token', 'celestia', true, 'https://docs.celestia.org/how-to-guides/quick-start#get-your-auth-token (celestia <node> auth admin: an HS256 JWT whose Allow claim lists the permissions; sent as Authorization: Bearer to the node RPC)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { Allow: ['public', 'read', 'write', 'admin'], Nonce: b64(r.bytes(32)), ExpiresAt: '0001-01-01T00:00:00Z' }));

  // ---- custody and signing ----
  def('b47b_bitgo_access_token', 'bitgo', true, 'https://developers.bitgo.com/docs/get-started-access-tokens (long-lived access token, v2x + 64 hex; see changelog 2025.12.03)',
    (r) => `v2x${r.hex(64)}`);
  def('b47b_fireblocks_api_key', 'none', false, 'https://developers.fireblocks.com/reference/api-overview (API key: a UUID sent as X-API-Key; requests are signed with the RSA private key, which is the secret)', uuid);
};

/**
 * Wallet keys as web3 teams leak them (bench/corpus batch47-b): BIP-39 phrases in mnemonic files, notes
 * and key imports, Solana keypairs, CometBFT validator keys, Bitcoin WIF and BIP-32 keys (their Base58Check
 * checksum verified), EVM keys given as fallbacks. Checked against documented values: the BIP-39 word
 * list's published SHA-256, the Bitcoin wiki's WIF example.
 */
import { createHash, randomBytes } from 'node:crypto';
import { base58CheckEncode, isBase58Check } from '../../src/engine/base58';
import { BIP39_ENGLISH } from '../../src/engine/bip39-words';
import { validatorFor } from '../../src/engine/validators';
import { scanFiles, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-crypto-keys-');
const WORDS = [...BIP39_ENGLISH];
const phrase = (n: number) => Array.from({ length: n }, () => WORDS[randomBytes(2).readUInt16LE(0) % 2048]).join(' ');
/** The Bitcoin wiki's example key in wallet import format (https://en.bitcoin.it/wiki/Wallet_import_format). */
const WIKI_WIF = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ';

describe('reference data', () => {
  it('holds the BIP-39 English word list the BIP publishes (its SHA-256)', () => {
    expect(WORDS).toHaveLength(2048);
    const sha = createHash('sha256')
      .update(`${WORDS.join('\n')}\n`)
      .digest('hex');
    expect(sha).toBe('2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda');
  });

  it("verifies Base58Check on the Bitcoin wiki's WIF example and rejects it with one character changed", () => {
    expect(isBase58Check(WIKI_WIF)).toBe(true);
    expect(isBase58Check(`${WIKI_WIF.slice(0, -1)}K`)).toBe(false);
    const made = base58CheckEncode(Buffer.concat([Buffer.from([0x80]), randomBytes(32), Buffer.from([1])]));
    expect(made).toMatch(/^[KL][1-9A-HJ-NP-Za-km-z]{51}$/);
    expect(isBase58Check(made)).toBe(true);
  });

  it('takes 12 to 24 words of the list as a mnemonic, and no other count or word', () => {
    const bip39 = validatorFor('bip39')!;
    expect(bip39(phrase(12))).toBe(true);
    expect(bip39(phrase(24))).toBe(true);
    expect(bip39(phrase(13))).toBe(false);
    expect(bip39(`${phrase(11)} bitcoin`)).toBe(false); // "bitcoin" is not on the list
  });
});

it('finds recovery phrases in a mnemonic file, below a note and piped into a key import, not a made-up phrase', async () => {
  const v = { file: phrase(12), notes: phrase(24), echo: phrase(24) };
  const hits = await scan({
    'hermes/mnemonics/relayer.txt': `${v.file}\n`,
    'NOTES.txt': `staking-deposit-cli mnemonic (paper copy in the safe):\n\n  ${v.notes}\n\nbeaconcha.in: later\n`,
    '.bash_history': `echo "${v.echo}" | osmosisd keys add relayer --recover --keyring-backend test\n`,
    'wallet-notes.md': 'The seed phrase goes here:\n\n  the quick brown fox jumps over the lazy dog and then runs away fast\n',
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('finds a recovery phrase that holds "example" and "public", words of the BIP-39 list', async () => {
  const v = `${phrase(10)} example public ${phrase(12)}`;
  const hits = await scan({ 'keys/mnemonic.txt': `${v}\n` });
  expect(secrets(hits)).toEqual([v]);
});

it('finds Solana keypairs as files and arrays, and CometBFT private keys but not their public keys', async () => {
  const bytes = () => [...randomBytes(64)].join(',');
  const v = { file: bytes(), env: bytes(), comet: randomBytes(64).toString('base64') };
  const hits = await scan({
    'keys/program-deploy-keypair.json': `[${v.file}]`,
    'crank/.env': `RPC_URL=https://api.mainnet-beta.solana.com\nJITO_AUTH_KEYPAIR=[${v.env}]\n`,
    'config/priv_validator_key.json': `{\n  "pub_key": {\n    "type": "tendermint/PubKeyEd25519",\n    "value": "${randomBytes(32).toString('base64')}"\n  },\n  "priv_key": {\n    "type": "tendermint/PrivKeyEd25519",\n    "value": "${v.comet}"\n  }\n}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('finds WIF and extended private keys whose checksum holds, and not lookalikes or documented examples', async () => {
  const wif = base58CheckEncode(Buffer.concat([Buffer.from([0x80]), randomBytes(32), Buffer.from([1])]));
  const xprv = base58CheckEncode(Buffer.concat([Buffer.from('0488ade4', 'hex'), randomBytes(74)]));
  const broken = `${wif.slice(0, -2)}${wif.endsWith('zz') ? 'yy' : 'zz'}`;
  const hits = await scan({
    'sweep_legacy.py': `# legacy hot keys (WIF)\nLEGACY_WIFS = [\n    "${wif}",\n    "${broken}",\n    "${WIKI_WIF}",\n]\nDEPOSIT_XPRV = "${xprv}"\n`,
  });
  expect(secrets(hits)).toEqual([wif, xprv].sort());
});

it('finds EVM private keys given as fallbacks and in Hardhat vars, and not the Hardhat development account', async () => {
  const v = { fallback: `0x${randomBytes(32).toString('hex')}`, foundry: `0x${randomBytes(32).toString('hex')}`, vars: `0x${randomBytes(32).toString('hex')}` };
  // Hardhat's and Anvil's account #0, printed by `npx hardhat node` for everyone: a documented example.
  const hardhat0 = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
  const hits = await scan({
    'hardhat.config.ts': `const DEPLOYER_PK =\n  process.env.DEPLOYER_PK ?? "${v.fallback}";\nconst LOCAL_PK = "${hardhat0}";\n`,
    'script/Deploy.s.sol': `        uint256 pk = vm.envOr("PRIVATE_KEY", uint256(${v.foundry}));\n`,
    '.config/hardhat-nodejs/vars.json': `{\n  "vars": {\n    "DEPLOYER_PK": {\n      "value": "${v.vars}"\n    }\n  }\n}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

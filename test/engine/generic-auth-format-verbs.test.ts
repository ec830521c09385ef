/**
 * Forms found among the corpus's misses (bench/corpus): a password that opens with a printf-like pair
 * (`%v*…`), a bare `auth:` key (PeerTube's Redis), an `…_auth` key with a spaced `=` (Moodle's
 * `session_redis_auth`), an Elixir atom's literal, socks5 and ssl:// URLs, a hex default in an example
 * script; and what must stay quiet (a real format string, `auth:` naming a scheme, Phoenix's salts).
 */
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-auth-');

/** A strong password with symbols that no format string or word list makes. */
const strong = (): string => `${token(6)}#${token(5)}!Q=${token(6)}`;

it('reads a password that opens with a percent and a letter among symbols, not a format string', async () => {
  const pw = `%v*4#${token(6)}!O%p${token(8)}`;
  const hits = await scan({
    'analysis/forecast.R': `con <- dbConnect(odbc::odbc(),\n                 UID       = "BI_READER",\n                 PWD       = "${pw}",\n                 Warehouse = "PA_S")\n`,
    'client/conn.go': `dsn := fmt.Sprintf("user=%s password=%s", user, pass)\nconst password = "%s"\nvar pwd = "%v:%v"\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

it('reads a bare auth: key in YAML and a spaced …_auth = in PHP, not auth: naming a scheme', async () => {
  const v = { redis: strong(), moodle: strong() };
  const hits = await scan({
    'peertube/production.yaml': `redis:\n  hostname: 'redis'\n  port: 6379\n  auth: '${v.redis}'\n  db: 0\nsmtp:\n  auth: login\nwebhook:\n  auth: bearerAuth\n`,
    'moodle/config.php': `<?php\n$CFG->session_redis_host = '10.0.4.12';\n$CFG->session_redis_port = 6379;\n$CFG->session_redis_auth = '${v.moodle}';\n`,
  });
  expect(secrets(hits)).toEqual([v.moodle, v.redis].sort());
});

it('reads an Elixir atom\'s literal (`config :app, :license_key, "v"`), not Phoenix\'s cookie salts', async () => {
  const v = { oban: hex(32), put: hex(32) };
  const hits = await scan({
    'config/prod.exs': [
      'import Config',
      '# Oban Web license key -- paid package repository',
      `config :ledger, :oban_license_key, "${v.oban}"`,
      'config :ledger, :live_view_signing_salt, "Xk2rT9pQ"',
      'config :ledger, LedgerWeb.Endpoint, live_view: [signing_salt: "q8Jr2LkX"]',
      'config :ledger, :session, encryption_salt: "Vt7mQ2xW"',
      '',
    ].join('\n'),
    'lib/ledger/boot.ex': `defmodule Ledger.Boot do\n  def run do\n    Application.put_env(:ledger, :api_key, "${v.put}")\n    cache_put(cache_key, "not-a-secret")\n  end\nend\n`,
  });
  expect(secrets(hits)).toEqual([v.oban, v.put].sort());
});

it('reads a password in a socks5 proxy URL and an MQTT broker URL over ssl://', async () => {
  const v = { proxy: strong().replace(/[#!=]/g, 'x'), mqtt: token(24) };
  const hits = await scan({
    'scraper/.env': `ALL_PROXY=socks5h://scraper-7:${v.proxy}@gate.proxy.example.net:7000\nNO_PROXY=localhost\n`,
    'gcs/gcs.toml': `[telemetry]\nenabled = true\nmqtt_url = "ssl://gcs2:${v.mqtt}@mqtt.range.example.org:8883"\ntopic = "al3/mavlink"\n`,
  });
  expect(secrets(hits)).toEqual([v.mqtt, v.proxy].sort());
});

it('reads a hex key as the default of a substitution in an example script', async () => {
  const key = `c${hex(31)}`;
  const hits = await scan({
    'examples/quickstart.sh': `#!/usr/bin/env bash\nset -euo pipefail\n\nSUNBEAM_API_KEY="\${SUNBEAM_API_KEY:-${key}}"\nBASE="\${SUNBEAM_BASE_URL:-https://api.example.dev}"\n`,
  });
  expect(secrets(hits)).toEqual([key]);
});

it("does not take git's signingkey (a GPG key's id) for a key, and still reads the config's real password", async () => {
  const pw = `Qx7#${token(14)}`;
  const hits = await scan({
    '.gitconfig': `[user]\n\tname = Jo Lindqvist\n\temail = jo@example.se\n\tsigningkey = 0x${hex(16).toUpperCase()}!\n[commit]\n\tgpgsign = true\n[sendemail]\n\tsmtpuser = jo@example.se\n\tsmtppass = ${pw}\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

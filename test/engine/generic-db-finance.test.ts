/**
 * Forms found on a blind corpus batch (bench/corpus, batch 68: database clients, proxies and migrations; US
 * small-firm finance and tax tooling): a libpq password that ends in `**`, Intuit's webhook verifier, a
 * `.pgpass` copy kept under another suffix; and what is no secret beside them (MySQL's native password hash
 * as ProxySQL keeps it, Socrata's app token, which authenticates nothing).
 */
import { base62, hex, scanFiles, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-db-finance-');

it("reads a libpq password ending in `**`, a webhook verifier and a .pgpass copy's passwords", async () => {
  const [audit, verifier, repl] = [`${base62(16)}-am**`, `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`, base62(20)];
  const hits = await scan({
    'tools/pg_role_audit.py': `import os\nDSN = os.environ.get(\n    "INVENTORY_DSN",\n    "host=dbinv.internal dbname=inventory user=audit_ro password=${audit} sslmode=require",\n)\n`,
    '.env': `QBO_CLIENT_ID=${base62(20)}\nQBO_WEBHOOK_VERIFIER=${verifier}\n`,
    'pgpass/.pgpass.patroni': `10.80.1.11:5432:*:replicator:${repl}\n`,
  });
  expect(secrets(hits)).toEqual([audit, verifier, repl].sort());
});

it("leaves MySQL's native password hashes in a ProxySQL config and Socrata's app token", async () => {
  const hits = await scan({
    '.env': `SOCRATA_DOMAIN=data.example.gov\nSOCRATA_APP_TOKEN=${base62(25)}\n`,
    'proxysql/proxysql.cnf': `mysql_users =\n(\n\t{ username = "reports", password = "*${hex(40).toUpperCase()}", default_hostgroup = 20, active = 1 }\n)\n`,
  });
  expect(secrets(hits)).toEqual([]);
});

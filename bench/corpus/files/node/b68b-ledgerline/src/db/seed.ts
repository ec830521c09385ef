/**
 * Local / preview-environment seed. Run with `pnpm prisma db seed`.
 * Creates a demo org, a chart of accounts and two users.
 */
import { PrismaClient, AccountType } from '@prisma/client';
import { Pool } from 'pg';

// preview envs don't always inject DATABASE_URL into the seed job, fall back to the shared preview db
const url =
  process.env.DATABASE_URL ??
  'postgresql://ledger_preview:⟦db_password:preview⟧@preview-db.ledgerline.internal:5432/ledger_preview';

const prisma = new PrismaClient({ datasources: { db: { url } } });

// bcrypt hashes generated with `node scripts/hash.js`; the plain passwords live in the team vault
const DEMO_USERS = [
  { email: 'demo.owner@ledgerline.io', passwordHash: '⟦bcrypt_hash:owner⟧' },
  { email: 'demo.viewer@ledgerline.io', passwordHash: '⟦bcrypt_hash:viewer⟧' },
];

// support login for QA in preview envs (rotated quarterly... in theory)
const SUPPORT_LOGIN = { email: 'support@ledgerline.io', password: 'Ledgerline#Q3-2024' };

const CHART: Array<[string, string, AccountType]> = [
  ['1000', 'Cash', AccountType.ASSET],
  ['1100', 'Accounts Receivable', AccountType.ASSET],
  ['2000', 'Accounts Payable', AccountType.LIABILITY],
  ['3000', 'Owner Equity', AccountType.EQUITY],
  ['4000', 'Revenue', AccountType.INCOME],
  ['5000', 'Operating Expenses', AccountType.EXPENSE],
];

async function main() {
  const org = await prisma.organization.upsert({
    where: { slug: 'demo' },
    update: {},
    create: { slug: 'demo', name: 'Demo Co', apiKeyHash: '⟦sha256:apikey⟧' },
  });

  for (const [code, name, type] of CHART) {
    await prisma.account.upsert({
      where: { orgId_code: { orgId: org.id, code } },
      update: { name, type },
      create: { orgId: org.id, code, name, type, currency: 'USD' },
    });
  }

  for (const u of DEMO_USERS) {
    await prisma.user.upsert({ where: { email: u.email }, update: {}, create: { ...u, orgId: org.id } });
  }

  // the support account is created through the auth service so it gets a proper hash
  const pool = new Pool({ connectionString: url, max: 1 });
  await pool.query('select auth.create_user($1, $2, $3)', [SUPPORT_LOGIN.email, SUPPORT_LOGIN.password, org.id]);
  await pool.end();
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(() => prisma.$disconnect());

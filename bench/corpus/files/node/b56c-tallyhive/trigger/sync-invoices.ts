import { logger, schedules, task, wait } from "@trigger.dev/sdk";
import { LoopsClient } from "loops";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL!, { ssl: "require", max: 4 });

// Trigger.dev env vars are set in the dashboard per environment. LOOPS_API_KEY was never added to
// the prod environment there, so the digest silently failed for a week; hard-coding until then.
const loops = new LoopsClient(process.env.LOOPS_API_KEY ?? "⟦b56c_loops_api_key:trigger⟧");

type Overdue = { workspace_id: string; owner_email: string; owner_name: string; count: number; total_cents: number; currency: string };

export const overdueDigest = schedules.task({
  id: "overdue-receipts-digest",
  cron: { pattern: "0 9 * * 1-5", timezone: "America/New_York" },
  maxDuration: 600,
  run: async () => {
    const rows = await sql<Overdue[]>`
      select w.id as workspace_id, u.email as owner_email, u.name as owner_name,
             count(e.*)::int as count, sum(e.amount_cents)::int as total_cents, e.currency
        from expenses e
        join workspaces w on w.id = e.workspace_id
        join users u on u.id = w.owner_id
       where e.receipt_id is null and e.posted_at < now() - interval '7 days'
       group by 1, 2, 3, 6`;
    logger.info("overdue workspaces", { n: rows.length });
    for (const r of rows) {
      await sendDigest.trigger(r, { idempotencyKey: `digest-${r.workspace_id}-${new Date().toISOString().slice(0, 10)}` });
    }
  },
});

export const sendDigest = task({
  id: "send-overdue-digest",
  retry: { maxAttempts: 4, factor: 2, minTimeoutInMs: 2_000 },
  run: async (r: Overdue) => {
    const res = await loops.sendTransactionalEmail({
      transactionalId: "cm5overdue0digest01qwer",
      email: r.owner_email,
      dataVariables: {
        name: r.owner_name.split(" ")[0] ?? "there",
        count: r.count,
        total: new Intl.NumberFormat("en-US", { style: "currency", currency: r.currency }).format(r.total_cents / 100),
      },
    });
    if (!res.success) {
      await wait.for({ seconds: 30 });
      throw new Error(`loops send failed for ${r.workspace_id}`);
    }
    return { ok: true };
  },
});

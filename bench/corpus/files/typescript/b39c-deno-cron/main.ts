// Deno Deploy cron: every morning, invite the next batch from the waitlist and
// post the numbers to #growth.
import { createClient } from "@supabase/supabase-js";
import { format } from "@std/datetime";

const SUPABASE_URL = Deno.env.get("SUPABASE_URL") ?? "https://pqbvzkmyxhrlwtjdnofa.supabase.co";
const SUPABASE_SERVICE_ROLE =
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ??
    "⟦supabase_service_role_key⟧";
const SLACK_BOT_TOKEN = Deno.env.get("SLACK_BOT_TOKEN") ?? "⟦slack_bot_token⟧";
const SLACK_CHANNEL = "C05M8QK2R7T";
const BATCH_SIZE = Number(Deno.env.get("BATCH_SIZE") ?? 150);

const supabase = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE, {
  auth: { persistSession: false, autoRefreshToken: false },
});

async function inviteBatch(): Promise<number> {
  const { data: rows, error } = await supabase
    .from("waitlist")
    .select("id, email, referral_count")
    .is("invited_at", null)
    .order("referral_count", { ascending: false })
    .order("created_at", { ascending: true })
    .limit(BATCH_SIZE);
  if (error) throw error;

  for (const row of rows ?? []) {
    const { error: invErr } = await supabase.auth.admin.inviteUserByEmail(row.email, {
      redirectTo: "https://app.harbor.so/welcome",
    });
    if (invErr) {
      console.warn("invite failed", row.email, invErr.message);
      continue;
    }
    await supabase.from("waitlist").update({ invited_at: new Date().toISOString() }).eq("id", row.id);
  }
  return rows?.length ?? 0;
}

async function postToSlack(text: string) {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${SLACK_BOT_TOKEN}`, "Content-Type": "application/json; charset=utf-8" },
    body: JSON.stringify({ channel: SLACK_CHANNEL, text }),
  });
  const body = await res.json();
  if (!body.ok) console.error("slack error", body.error);
}

Deno.cron("invite waitlist batch", "0 8 * * 1-5", async () => {
  const invited = await inviteBatch();
  const { count } = await supabase.from("waitlist").select("*", { count: "exact", head: true }).is("invited_at", null);
  await postToSlack(
    `:wave: ${format(new Date(), "yyyy-MM-dd")}: invited ${invited} people from the waitlist, ${count ?? "?"} still waiting.`,
  );
});

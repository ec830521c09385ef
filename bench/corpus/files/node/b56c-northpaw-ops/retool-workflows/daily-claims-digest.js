// Retool Workflow: "daily-claims-digest" — code block `buildAndSend`
// Trigger: schedule 07:30 America/Chicago, Mon–Fri
// Inputs: pendingClaims (query block), slaBreaches (query block)
//
// Exported from the workflow editor (Workflows → daily-claims-digest → ⋯ → Export JS) so it can be
// reviewed in git. Keep the block names in sync with the workflow.

const SLACK_BOT_TOKEN = "⟦slack_bot_token:claims-digest⟧"; // "Northpaw Ops" app, chat:write only
const CHANNEL = "C06KQ8V2M1T"; // #claims-ops
const ESCALATE_WORKFLOW = "https://api.retool.com/v1/workflows/a71c0e94-2f5b-4d3a-8e61-9c7b2d4f0e18/startTrigger";
const ESCALATE_KEY = "⟦b56c_retool_workflow_key:escalate⟧";

const pending = pendingClaims.data ?? [];
const breaches = slaBreaches.data ?? [];

const fmtUsd = (cents) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;

const lines = pending
  .slice(0, 15)
  .map((c) => `• <https://northpaw.retool.com/apps/claims#id=${c.id}|${c.claim_number}> ${c.pet_name} (${c.species}) — ${fmtUsd(c.amount_cents)} — waiting ${c.age_hours}h`);

const blocks = [
  { type: "header", text: { type: "plain_text", text: `Claims digest — ${new Date().toLocaleDateString("en-US")}` } },
  { type: "section", text: { type: "mrkdwn", text: `*${pending.length}* pending, *${breaches.length}* past SLA` } },
  { type: "section", text: { type: "mrkdwn", text: lines.join("\n") || "_nothing pending_ :tada:" } },
];

const res = await fetch("https://slack.com/api/chat.postMessage", {
  method: "POST",
  headers: { Authorization: `Bearer ${SLACK_BOT_TOKEN}`, "Content-Type": "application/json; charset=utf-8" },
  body: JSON.stringify({ channel: CHANNEL, blocks, text: `${pending.length} pending claims` }),
});
const body = await res.json();
if (!body.ok) throw new Error(`slack: ${body.error}`);

for (const b of breaches.filter((x) => x.age_hours > 72)) {
  await fetch(ESCALATE_WORKFLOW, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Workflow-Api-Key": ESCALATE_KEY },
    body: JSON.stringify({ claimId: b.id, reason: "sla_72h" }),
  });
}

return { posted: true, pending: pending.length, escalated: breaches.filter((x) => x.age_hours > 72).length };

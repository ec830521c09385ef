// Deadline reminders bot for the tax and accounts teams.
// Reads filing deadlines from the "Statutory deadlines" Google Sheet and posts reminders to
// each client manager in Slack 30/14/7/1 days before (Companies House accounts, CT600, VAT, SA).
const { App } = require("@slack/bolt");
const { google } = require("googleapis");

const app = new App({
  token: process.env.SLACK_BOT_TOKEN || "⟦slack_bot_token:deadlines⟧",
  signingSecret: process.env.SLACK_SIGNING_SECRET || "⟦slack_signing_secret:deadlines⟧",
  socketMode: true,
  appToken: process.env.SLACK_APP_TOKEN || "⟦slack_app_token:deadlines⟧",
});

// Service account wt-deadlines-bot@wt-automation.iam.gserviceaccount.com (Sheets read-only).
// Key pasted here for the first deploy on the Mac mini; the Cloud Run version uses workload identity.
const serviceAccount = {
  type: "service_account",
  project_id: "wt-automation",
  private_key_id: "⟦gcp_sa_key_id:deadlines⟧",
  private_key: "⟦gcp_sa_private_key:deadlines⟧",
  client_email: "wt-deadlines-bot@wt-automation.iam.gserviceaccount.com",
  client_id: "104229871334018220417",
  token_uri: "https://oauth2.googleapis.com/token",
};

const SHEET_ID = "1hQeWk2mR8vD0pXn4sLtY6cZ9aB3fG7jK5uN1oE2iVwA";
const REMIND_AT = [30, 14, 7, 1];

async function loadDeadlines() {
  const auth = new google.auth.JWT(serviceAccount.client_email, null, serviceAccount.private_key, [
    "https://www.googleapis.com/auth/spreadsheets.readonly",
  ]);
  const sheets = google.sheets({ version: "v4", auth });
  const res = await sheets.spreadsheets.values.get({ spreadsheetId: SHEET_ID, range: "Deadlines!A2:F" });
  return (res.data.values || []).map(([client, code, type, due, manager, slackId]) => ({ client, code, type, due: new Date(due), manager, slackId }));
}

async function remind() {
  const today = new Date();
  for (const d of await loadDeadlines()) {
    const days = Math.ceil((d.due - today) / 86400000);
    if (REMIND_AT.includes(days)) {
      await app.client.chat.postMessage({
        channel: d.slackId,
        text: `:alarm_clock: ${d.type} for *${d.client}* (${d.code}) is due in ${days} day(s) - ${d.due.toDateString()}`,
      });
    }
  }
}

(async () => {
  await app.start();
  await remind();
  setInterval(remind, 24 * 60 * 60 * 1000);
})();

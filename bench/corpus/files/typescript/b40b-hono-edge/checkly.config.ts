import { defineConfig } from "checkly";
import { EmailAlertChannel, SlackAlertChannel } from "checkly/constructs";

/**
 * Checkly monitoring-as-code for the Linkpad edge API.
 *   npx checkly test   # run locally against production
 *   npx checkly deploy # push checks
 *
 * CHECKLY_API_KEY / CHECKLY_ACCOUNT_ID are normally exported in the shell; they are set here as
 * well because the GitHub Action step runs `npx checkly deploy --force` without them (see run #431).
 */
process.env.CHECKLY_ACCOUNT_ID ??= "⟦uuid:checklyacct⟧";
process.env.CHECKLY_API_KEY ??= "⟦b40b_checkly_api_key⟧";

const slack = new SlackAlertChannel("slack-oncall", {
  url: new URL("⟦slack_webhook:checkly⟧"),
  channel: "#oncall",
});

const email = new EmailAlertChannel("email-ops", { address: "ops@linkpad.app" });

export default defineConfig({
  projectName: "Linkpad Edge API",
  logicalId: "linkpad-edge-api",
  repoUrl: "https://github.com/linkpad/hono-edge-api",
  checks: {
    activated: true,
    muted: false,
    runtimeId: "2024.02",
    frequency: 5,
    locations: ["eu-west-1", "us-east-1", "ap-southeast-1"],
    tags: ["api", "edge"],
    checkMatch: "**/__checks__/**/*.check.ts",
    browserChecks: { testMatch: "**/__checks__/**/*.spec.ts" },
    alertChannels: [slack, email],
  },
  cli: {
    runLocation: "eu-west-1",
    reporters: ["list"],
    retries: 1,
  },
});

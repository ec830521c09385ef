import { defineConfig } from "cypress";
import { Client as MailosaurClient } from "mailosaur";

export default defineConfig({
  projectId: "x7k2qp",
  retries: { runMode: 2, openMode: 0 },
  video: false,
  e2e: {
    baseUrl: "https://staging.kiln-and-co.com",
    specPattern: "cypress/e2e/**/*.cy.ts",
    setupNodeEvents(on, config) {
      // seed the staging DB through the internal API before each run
      on("task", {
        async seedOrder(sku: string) {
          const res = await fetch("https://staging.kiln-and-co.com/internal/test/seed", {
            method: "POST",
            headers: {
              "Content-Type": "application/json",
              "X-Seed-Token": "⟦generic_api_key_hex32:seed⟧",
            },
            body: JSON.stringify({ sku }),
          });
          return res.json();
        },
        async lastEmailTo(address: string) {
          const mailosaur = new MailosaurClient(config.env.MAILOSAUR_API_KEY);
          const msg = await mailosaur.messages.get(config.env.MAILOSAUR_SERVER_ID, { sentTo: address });
          return { subject: msg.subject, links: msg.html?.links?.map((l) => l.href) ?? [] };
        },
      });
      return config;
    },
  },
  env: {
    // cloud runs: `npx cypress run --record --key $CYPRESS_RECORD_KEY`
    stagingBasicAuth: "kiln:Earthenware#42",
  },
});

// Pipedream Node.js code step — workflow "Rosewood: nightly Bubble users → Xano"
// Trigger: schedule, 02:00 Europe/London
// (copied out of the Pipedream UI into the repo so we have history; the live copy is in Pipedream)
import { axios } from "@pipedream/platform";

const BUBBLE_BASE = "https://rosewood-studio.bubbleapps.io/api/1.1/obj";
const BUBBLE_TOKEN = "⟦b57b_bubble_api_token:pipedream⟧";
const XANO_BASE = "https://x8ki-letl-twmt.n7.xano.io/api:Rw5tQ2m1";

export default defineComponent({
  props: {
    // the Xano token is a prop so it stays out of the code... in theory
    xanoToken: {
      type: "string",
      label: "Xano service token",
      secret: true,
      default: "⟦b57b_xano_auth_token:pipedream⟧",
    },
  },
  async run({ steps, $ }) {
    let cursor = 0;
    let synced = 0;
    const since = new Date(Date.now() - 26 * 3600 * 1000).toISOString();
    for (;;) {
      const page = await axios($, {
        url: `${BUBBLE_BASE}/user`,
        headers: { Authorization: `Bearer ${BUBBLE_TOKEN}` },
        params: {
          cursor,
          limit: 100,
          constraints: JSON.stringify([{ key: "Modified Date", constraint_type: "greater than", value: since }]),
        },
      });
      const users = page.response.results;
      for (const u of users) {
        await axios($, {
          method: "POST",
          url: `${XANO_BASE}/members/upsert`,
          headers: { Authorization: `Bearer ${this.xanoToken}` },
          data: { bubble_id: u._id, email: u.authentication?.email?.email, name: u.name_text, plan: u.plan_option_plan },
        });
        synced++;
      }
      if (page.response.remaining === 0) break;
      cursor += users.length;
    }
    $.export("$summary", `Synced ${synced} users`);
    return { synced };
  },
});

// PeopleBot — HR helper for the Tallow & Finch Slack workspace.
// /pto, /payday, /interview-schedule, onboarding checklists, and the weekly "new joiners" post.
'use strict';

const { App, LogLevel } = require('@slack/bolt');
const { registerPto } = require('./commands/pto');
const { registerInterviews } = require('./scheduling');
const { registerOnboarding } = require('./onboarding');
const cron = require('node-cron');

const isProd = process.env.NODE_ENV === 'production';

const app = new App({
  // fallbacks are the *dev* app (PeopleBot Dev) so `npm run dev` works out of the box
  token: process.env.SLACK_BOT_TOKEN || '⟦slack_bot_token:dev⟧',
  signingSecret: process.env.SLACK_SIGNING_SECRET || '⟦slack_signing_secret:dev⟧',
  appToken: process.env.SLACK_APP_TOKEN,
  socketMode: !isProd,
  logLevel: isProd ? LogLevel.INFO : LogLevel.DEBUG,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200);
        res.end('ok');
      },
    },
  ],
});

registerPto(app);
registerInterviews(app);
registerOnboarding(app);

app.error(async (error) => {
  console.error('[peoplebot] unhandled', error);
});

// Monday 09:00 Europe/London: welcome post for people starting this week
cron.schedule('0 9 * * 1', async () => {
  const { postNewJoiners } = require('./onboarding/newJoiners');
  await postNewJoiners(app.client, process.env.NEW_JOINERS_CHANNEL || 'C04NEWJOIN1');
}, { timezone: 'Europe/London' });

(async () => {
  const port = Number(process.env.PORT || 3000);
  await app.start(port);
  console.log(`⚡️ PeopleBot running (${isProd ? 'http' : 'socket mode'}) on ${port}`);
})();

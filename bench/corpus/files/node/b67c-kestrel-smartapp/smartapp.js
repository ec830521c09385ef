'use strict';
/**
 * Kestrel Kitchen - SmartThings webhook SmartApp (API_ONLY app with OAuth-In for the Kestrel
 * mobile app's "Add to SmartThings" button). Subscribes to oven/dishwasher capability events
 * so Kestrel can show SmartThings-routine triggers in its own app.
 */
const express = require('express');
const SmartApp = require('@smartthings/smartapp');
const { DynamoDBContextStore } = require('@smartthings/dynamodb-context-store');

const PORT = process.env.PORT || 3005;

const smartapp = new SmartApp()
  .appId(process.env.ST_APP_ID || '⟦uuid:stapp⟧')
  .clientId(process.env.ST_CLIENT_ID || '⟦b67c_smartthings_client_id:app⟧')
  .clientSecret(process.env.ST_CLIENT_SECRET || '⟦b67c_smartthings_client_secret:app⟧')
  .contextStore(new DynamoDBContextStore({ table: { name: 'kestrel-smartapp-contexts' } }))
  .permissions(['r:devices:*', 'x:devices:*', 'r:locations:*'])
  .disableCustomDisplayName(true)
  .page('mainPage', (context, page) => {
    page.section('appliances', (section) => {
      section.deviceSetting('ovens').capabilities(['ovenMode', 'ovenOperatingState']).multiple(true).permissions('rx');
      section.deviceSetting('dishwashers').capabilities(['dishwasherOperatingState']).multiple(true).permissions('r');
    });
  })
  .updated(async (context) => {
    await context.api.subscriptions.delete();
    await context.api.subscriptions.subscribeToDevices(context.config.ovens, 'ovenOperatingState', 'machineState', 'ovenHandler');
    await context.api.subscriptions.subscribeToDevices(context.config.dishwashers, 'dishwasherOperatingState', 'machineState', 'dishHandler');
  })
  .subscribedEventHandler('ovenHandler', async (context, event) => {
    console.log(`oven ${event.deviceId} -> ${event.value}`);
  })
  .subscribedEventHandler('dishHandler', async (context, event) => {
    console.log(`dishwasher ${event.deviceId} -> ${event.value}`);
  });

const app = express();
app.use(express.json());
app.post('/smartapp', (req, res) => smartapp.handleHttpCallback(req, res));
app.get('/healthz', (_req, res) => res.send('ok'));
app.listen(PORT, () => console.log(`kestrel smartapp listening on ${PORT}`));

// Legacy Slack integration (2016). Kept running for the #ops channel until the new app is approved.
var Botkit = require('botkit');

var controller = Botkit.slackbot({ debug: false });

var BOT_TOKEN = 'xoxb-' + '⟦slack_bot_token_legacy|slice=5-⟧';
var ADMIN_TOKEN = '⟦slack_user_token_legacy⟧';
var SESSION_TOKEN = "⟦slack_session_token⟧";
var CONFIG_TOKEN = '⟦slack_config_token⟧';
var INCOMING_WEBHOOK = '⟦slack_webhook_mixed⟧';

controller.spawn({ token: BOT_TOKEN }).startRTM(function (err) {
  if (err) throw new Error('Could not connect to Slack');
});

controller.hears(['deploy (.*)'], 'direct_message', function (bot, message) {
  bot.api.chat.postMessage({ token: ADMIN_TOKEN, channel: '#ops', text: 'deploy requested: ' + message.match[1] });
});

module.exports = { INCOMING_WEBHOOK: INCOMING_WEBHOOK, SESSION_TOKEN: SESSION_TOKEN, CONFIG_TOKEN: CONFIG_TOKEN };

/**
 * Config.gs – the *new* way: everything secret lives in Script Properties
 * (Project Settings > Script Properties). Run setupProperties() once from the editor
 * after pasting the values, then delete them from this file again.
 */
var PROPS = PropertiesService.getScriptProperties();

function cfg(name) {
  var v = PROPS.getProperty(name);
  if (!v) throw new Error('Missing script property ' + name + ' – see Config.gs');
  return v;
}

function setupProperties() {
  PROPS.setProperties({
    APPSHEET_KEY: '<paste AppSheet application access key>',
    TWILIO_SID: 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    TWILIO_TOKEN: '<paste>',
    OPENAI_KEY: 'sk-...',
    SLACK_DIGEST_HOOK: 'https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX',
    GLIDE_TOKEN: '<paste from Glide > Data > Show API>'
  }, false);
}

function checkConfig() {
  ['APPSHEET_KEY', 'TWILIO_SID', 'TWILIO_TOKEN', 'OPENAI_KEY', 'SLACK_DIGEST_HOOK', 'GLIDE_TOKEN'].forEach(function (k) {
    Logger.log('%s: %s', k, PROPS.getProperty(k) ? 'set (' + PROPS.getProperty(k).length + ' chars)' : 'MISSING');
  });
}

// web app endpoint other scripts call (Field Intake "ping" deployment, domain-only access)
var WEBAPP_URL = 'https://script.google.com/macros/s/⟦b57b_apps_script_deployment_id:ping⟧/exec';

'use strict';
/** Token generators: payments, communication, observability, AI, data platforms, SaaS and the long tail of small APIs. Each entry cites the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---- payments / commerce ----
  const STRIPE_DOC = 'https://docs.stripe.com/keys';
  def('stripe_secret_live', 'stripe', true, STRIPE_DOC, (r) => `sk_live_51${r.str(AL.b62, 97)}`);
  def('stripe_secret_live_short', 'stripe', true, STRIPE_DOC, (r) => `sk_live_${r.str(AL.b62, 24)}`);
  def('stripe_secret_test', 'stripe', true, STRIPE_DOC, (r) => `sk_test_51${r.str(AL.b62, 97)}`);
  def('stripe_restricted_live', 'stripe', true, STRIPE_DOC, (r) => `rk_live_51${r.str(AL.b62, 97)}`);
  def('stripe_webhook_secret', 'stripe', true, 'https://docs.stripe.com/webhooks#verify-official-libraries', (r) => `whsec_${r.str(AL.b62, 32)}`);
  def('stripe_publishable_live', 'stripe', false, STRIPE_DOC, (r) => `pk_live_51${r.str(AL.b62, 97)}`);
  def('braintree_access_token', 'braintree', true, 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
    (r) => `access_token$production$${r.str(AL.lowerAlnum, 16)}$${r.hex(32)}`);
  def('braintree_private_key', 'braintree', true, 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials#private-key', (r) => r.hex(32));
  def('paypal_client_secret', 'paypal', true, 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret', (r) => `E${r.str(AL.b62 + '_-', 79)}`);
  def('paypal_client_id', 'paypal', false, 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret', (r) => `A${r.str(AL.b62 + '_-', 79)}`);
  def('square_access_token', 'square', true, 'https://developer.squareup.com/docs/build-basics/access-tokens', (r) => `EAAA${r.str(AL.b62 + '_-', 60)}`);
  def('square_oauth_secret', 'square', true, 'https://developer.squareup.com/docs/oauth-api/overview', (r) => `sq0csp-${r.str(AL.b62 + '_-', 43)}`);
  def('square_access_token_legacy', 'square', true, 'https://developer.squareup.com/docs/build-basics/access-tokens', (r) => `sq0atp-${r.str(AL.b62 + '_-', 22)}`);
  def('adyen_api_key', 'adyen', true, 'https://docs.adyen.com/development-resources/api-credentials/#generate-api-key',
    (r) => `AQE${r.str(AL.b62, 3)}mfx${r.str(AL.b62 + '+/', 90)}==-${b64(r.bytes(32))}-${r.str(AL.b62 + '%$#<>,:', 16)}`);
  const SHOPIFY_DOC = 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens';
  def('shopify_admin_token', 'shopify', true, SHOPIFY_DOC, (r) => `shpat_${r.hex(32)}`);
  def('shopify_custom_app_token', 'shopify', true, SHOPIFY_DOC, (r) => `shpca_${r.hex(32)}`);
  def('shopify_private_app_password', 'shopify', true, SHOPIFY_DOC, (r) => `shppa_${r.hex(32)}`);
  def('shopify_shared_secret', 'shopify', true, SHOPIFY_DOC, (r) => `shpss_${r.hex(32)}`);
  def('razorpay_key_secret', 'razorpay', true, 'https://razorpay.com/docs/api/authentication/', (r) => r.str(AL.b62, 24));
  def('razorpay_key_id', 'razorpay', false, 'https://razorpay.com/docs/api/authentication/', (r) => `rzp_live_${r.str(AL.b62, 14)}`);
  def('paystack_secret', 'paystack', true, 'https://paystack.com/docs/api/authentication/', (r) => `sk_live_${r.hex(40)}`);
  def('flutterwave_secret', 'flutterwave', true, 'https://developer.flutterwave.com/docs/integration-guides/authentication', (r) => `FLWSECK-${r.hex(32)}-X`);
  def('mollie_api_key', 'mollie', true, 'https://docs.mollie.com/overview/authentication', (r) => `live_${r.str(AL.b62, 30)}`);
  def('plaid_secret', 'plaid', true, 'https://plaid.com/docs/api/#api-keys-and-access', (r) => r.hex(30));
  def('coinbase_commerce_key', 'coinbase', true, 'https://docs.cdp.coinbase.com/commerce-onchain/docs/getting-started', (r) => uuid(r));
  def('gocardless_token', 'gocardless', true, 'https://developer.gocardless.com/getting-started/api/making-your-first-request/', (r) => `live_${r.str(AL.b62 + '_-', 40)}`);
  def('lemonsqueezy_key', 'lemonsqueezy', true, 'https://docs.lemonsqueezy.com/api#authentication', (r) =>
    jwt(r, { typ: 'JWT', alg: 'RS256' }, { aud: '94d59cef-dbb8-4ea5-b178-d2540fcd6919', jti: r.hex(80), iat: epoch(r), nbf: epoch(r), exp: 2000000000, sub: String(r.range(100000, 999999)), scopes: [] }, 256));

  // ---- communication ----
  const SLACK_DOC = 'https://api.slack.com/authentication/token-types';
  def('slack_bot_token', 'slack', true, SLACK_DOC, (r) => `xoxb-${r.digits(r.range(11, 13))}-${r.digits(13)}-${r.str(AL.b62, 24)}`);
  def('slack_user_token', 'slack', true, SLACK_DOC, (r) => `xoxp-${r.digits(r.range(11, 13))}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`);
  def('slack_app_token', 'slack', true, SLACK_DOC, (r) => `xapp-1-A${r.str(AL.upperAlnum, 10)}-${r.digits(13)}-${r.hex(64)}`);
  def('slack_config_token', 'slack', true, 'https://api.slack.com/authentication/config-tokens', (r) => `xoxe.xoxp-1-${r.str(AL.b62, 148)}`);
  def('slack_refresh_token', 'slack', true, 'https://api.slack.com/authentication/rotation', (r) => `xoxe-1-${r.str(AL.b62, 140)}`);
  // pre-2019 shapes: 2-part bot tokens and 4-part user tokens with shorter ids
  def('slack_bot_token_legacy', 'slack', true, SLACK_DOC, (r) => `xoxb-${r.digits(11)}-${r.str(AL.b62, 24)}`);
  def('slack_user_token_legacy', 'slack', true, SLACK_DOC, (r) => `xoxp-${r.digits(10)}-${r.digits(10)}-${r.digits(11)}-${r.hex(10)}`);
  def('slack_workspace_token_legacy', 'slack', true, SLACK_DOC, (r) => `xoxa-2-${r.digits(12)}-${r.digits(12)}-${r.digits(12)}-${r.hex(64)}`);
  def('slack_session_token', 'slack', true, SLACK_DOC, (r) => `xoxs-${r.digits(10)}-${r.digits(11)}-${r.digits(12)}-${r.hex(64)}`);
  const SLACK_HOOK_DOC = 'https://api.slack.com/messaging/webhooks';
  def('slack_webhook', 'slack', true, SLACK_HOOK_DOC, (r) => `https://hooks.slack.com/services/T${r.str(AL.upperAlnum, 8)}/B${r.str(AL.upperAlnum, 10)}/${r.str(AL.b62, 24)}`);
  // older workspaces: mixed-case letters in the T.../B... path parts
  def('slack_webhook_mixed', 'slack', true, SLACK_HOOK_DOC, (r) => `https://hooks.slack.com/services/T${r.str(AL.b62, 8)}/B${r.str(AL.b62, 8)}/${r.str(AL.b62, 24)}`);
  def('slack_workflow_webhook', 'slack', true, 'https://slack.com/help/articles/360041352714-Create-more-advanced-workflows-using-webhooks',
    (r) => `https://hooks.slack.com/workflows/T${r.str(AL.upperAlnum, 8)}/A${r.str(AL.upperAlnum, 10)}/${r.digits(18)}/${r.str(AL.b62, 24)}`);
  def('discord_bot_token', 'discord', true, 'https://discord.com/developers/docs/reference#authentication', (r) =>
    `${b64(`1${r.str(AL.digit, 18)}`).replace(/=+$/, '')}.${r.str(AL.b64url, 6)}.${r.str(AL.b64url, 38)}`);
  def('discord_webhook', 'discord', true, 'https://discord.com/developers/docs/resources/webhook', (r) => `https://discord.com/api/webhooks/1${r.str(AL.digit, 18)}/${r.str(AL.b64url, 68)}`);
  def('telegram_bot_token', 'telegram', true, 'https://core.telegram.org/bots/api#authorizing-your-bot', (r) => `${r.digits(10)}:AA${r.str('EFGH', 1)}${r.str(AL.b64url, 32)}`);
  def('twilio_auth_token', 'twilio', true, 'https://www.twilio.com/docs/iam/api/authtoken', (r) => r.hex(32));
  def('twilio_api_key_secret', 'twilio', true, 'https://www.twilio.com/docs/iam/api-keys', (r) => r.str(AL.b62, 32));
  def('twilio_account_sid', 'twilio', false, 'https://www.twilio.com/docs/glossary/what-is-a-sid', (r) => `AC${r.hex(32)}`);
  def('twilio_api_key_sid', 'twilio', false, 'https://www.twilio.com/docs/glossary/what-is-a-sid', (r) => `SK${r.hex(32)}`);
  def('sendgrid_api_key', 'sendgrid', true, 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys', (r) => `SG.${r.str(AL.b64url, 22)}.${r.str(AL.b64url, 43)}`);
  def('mailgun_api_key_legacy', 'mailgun', true, 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/', (r) => `key-${r.hex(32)}`);
  def('mailgun_api_key', 'mailgun', true, 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/', (r) => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`);
  def('mailchimp_api_key', 'mailchimp', true, 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key', (r) => `${r.hex(32)}-us${r.range(1, 21)}`);
  def('mandrill_api_key', 'mailchimp', true, 'https://mailchimp.com/developer/transactional/guides/quick-start/', (r) => `md-${r.str(AL.b62 + '_', 22)}`);
  def('postmark_server_token', 'postmark', true, 'https://postmarkapp.com/developer/api/overview#authentication', (r) => uuid(r));
  def('brevo_api_key', 'brevo', true, 'https://developers.brevo.com/docs/getting-started', (r) => `xkeysib-${r.hex(64)}-${r.str(AL.b62, 16)}`);
  def('resend_api_key', 'resend', true, 'https://resend.com/docs/dashboard/api-keys/introduction', (r) => `re_${r.str(AL.b62, 8)}_${r.str(AL.b62, 24)}`);
  def('mailjet_secret', 'mailjet', true, 'https://dev.mailjet.com/email/guides/getting-started/', (r) => r.hex(32));
  def('sparkpost_api_key', 'sparkpost', true, 'https://developers.sparkpost.com/api/#header-authentication', (r) => r.hex(40));
  def('teams_webhook', 'microsoft-teams', true, 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    (r) => `https://${r.str(AL.lower, 7)}.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r.hex(32)}/${uuid(r)}/V2${r.str(AL.b62 + '-_', 43)}`);
  def('vonage_api_secret', 'vonage', true, 'https://developer.vonage.com/en/getting-started/concepts/authentication', (r) => r.str(AL.b62, 16));
  def('plivo_auth_token', 'plivo', true, 'https://www.plivo.com/docs/getting-started/overview-of-plivo-apis', (r) => r.str(AL.b62, 40));
  def('pusher_app_secret', 'pusher', true, 'https://pusher.com/docs/channels/server_api/authenticating-users/', (r) => r.hex(20));
  def('intercom_access_token', 'intercom', true, 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication', (r) => b64(`tok:${uuid(r).replace(/-/g, '_')}:1:0`));
  def('zendesk_api_token', 'zendesk', true, 'https://support.zendesk.com/hc/en-us/articles/4408889192858', (r) => r.str(AL.b62, 40));

  // ---- observability ----
  def('datadog_api_key', 'datadog', true, 'https://docs.datadoghq.com/account_management/api-app-keys/', (r) => r.hex(32));
  def('datadog_app_key', 'datadog', true, 'https://docs.datadoghq.com/account_management/api-app-keys/', (r) => r.hex(40));
  const NR_DOC = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';
  def('newrelic_user_key', 'newrelic', true, NR_DOC, (r) => `NRAK-${r.str(AL.upperAlnum, 27)}`);
  def('newrelic_license_key', 'newrelic', true, NR_DOC, (r) => `${r.hex(36)}NRAL`);
  def('newrelic_insert_key', 'newrelic', true, NR_DOC, (r) => `NRII-${r.str(AL.b62 + '_-', 32)}`);
  def('sentry_org_token', 'sentry', true, 'https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens', (r) =>
    `sntrys_${b64(JSON.stringify({ iat: epoch(r) + r.int(1000) / 1000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: r.pick(['acme', 'northwind', 'globex']) })).replace(/=+$/, '')}_${r.str(AL.b62 + '+/', 43)}`);
  def('sentry_user_token', 'sentry', true, 'https://docs.sentry.io/account/auth-tokens/#user-auth-tokens', (r) => `sntryu_${r.hex(64)}`);
  def('sentry_auth_token_legacy', 'sentry', true, 'https://docs.sentry.io/api/auth/', (r) => r.hex(64));
  def('sentry_dsn', 'sentry', false, 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (public DSN, safe in client code)',
    (r) => `https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`);
  def('grafana_cloud_token', 'grafana', true, 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/', (r) =>
    `glc_${b64(JSON.stringify({ o: r.digits(6), n: `stack-${r.digits(6)}-hm-read-${r.pick(['prom', 'alloy', 'ci'])}`, k: r.str(AL.b62, 24), m: { r: r.pick(['us', 'prod-eu-west-2']) } }))}`);
  def('grafana_service_account_token', 'grafana', true, 'https://grafana.com/docs/grafana/latest/administration/service-accounts/', (r) => `glsa_${r.str(AL.b62, 32)}_${r.hex(8)}`);
  def('grafana_api_key_legacy', 'grafana', true, 'https://grafana.com/docs/grafana/latest/administration/api-keys/', (r) =>
    b64(JSON.stringify({ k: r.str(AL.b62, 32), n: r.pick(['deploy-bot', 'provisioner', 'ci']), id: r.range(1, 9) })));
  def('pagerduty_api_token', 'pagerduty', true, 'https://support.pagerduty.com/main/docs/api-access-keys', (r) => `u+${r.str(AL.b62 + '_-', 18)}`);
  def('pagerduty_integration_key', 'pagerduty', true, 'https://support.pagerduty.com/main/docs/services-and-integrations#generate-a-new-integration-key', (r) => r.hex(32));
  def('honeycomb_ingest_key', 'honeycomb', true, 'https://docs.honeycomb.io/api/authentication', (r) => `hc${r.pick(['a', 'x', 'b'])}ik_01${r.str(AL.lowerAlnum, 24)}${r.str(AL.lowerAlnum, 32)}`);
  def('honeycomb_config_key', 'honeycomb', true, 'https://docs.honeycomb.io/configure/environments/manage-api-keys', (r) => r.str(AL.b62, 22));
  def('rollbar_token', 'rollbar', true, 'https://docs.rollbar.com/docs/access-tokens', (r) => r.hex(32));
  def('bugsnag_api_key', 'bugsnag', true, 'https://docs.bugsnag.com/api/data-access/#authentication', (r) => r.hex(32));
  def('dynatrace_token', 'dynatrace', true, 'https://docs.dynatrace.com/docs/manage/access-control/access-tokens#token-format', (r) => `dt0c01.${r.str(AL.upperAlnum, 24)}.${r.str(AL.upperAlnum, 64)}`);
  def('splunk_hec_token', 'splunk', true, 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector', (r) => uuid(r));
  def('logzio_token', 'logzio', true, 'https://docs.logz.io/docs/user-guide/admin/authentication-tokens/shipping-tokens/', (r) => r.str(AL.lower, 32));
  def('elastic_api_key', 'elastic', true, 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html', (r) => b64(`${r.str(AL.b62 + '-_', 20)}:${r.str(AL.b62 + '-_', 22)}`));
  def('mixpanel_secret', 'mixpanel', true, 'https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects#project-secret', (r) => r.hex(32));
  def('segment_write_key', 'segment', false, 'https://segment.com/docs/connections/find-writekey/ (client-side write keys ship to browsers)', (r) => r.str(AL.b62, 32));

  // ---- AI ----
  const OAI_DOC = 'https://platform.openai.com/docs/api-reference/authentication';
  def('openai_project_key', 'openai', true, OAI_DOC, (r) => `sk-proj-${r.str(AL.b62 + '_-', 74)}T3BlbkFJ${r.str(AL.b62 + '_-', 74)}`);
  def('openai_service_account_key', 'openai', true, OAI_DOC, (r) => `sk-svcacct-${r.str(AL.b62 + '_-', 74)}T3BlbkFJ${r.str(AL.b62 + '_-', 74)}`);
  def('openai_admin_key', 'openai', true, 'https://platform.openai.com/docs/api-reference/administration', (r) => `sk-admin-${r.str(AL.b62 + '_-', 74)}T3BlbkFJ${r.str(AL.b62 + '_-', 74)}`);
  def('openai_legacy_key', 'openai', true, OAI_DOC, (r) => `sk-${r.str(AL.b62, 20)}T3BlbkFJ${r.str(AL.b62, 20)}`);
  def('anthropic_api_key', 'anthropic', true, 'https://docs.anthropic.com/en/api/getting-started#authentication', (r) => `sk-ant-api03-${r.str(AL.b62 + '_-', 93)}AA`);
  def('anthropic_admin_key', 'anthropic', true, 'https://docs.anthropic.com/en/api/administration-api', (r) => `sk-ant-admin01-${r.str(AL.b62 + '_-', 93)}AA`);
  def('huggingface_token', 'huggingface', true, 'https://huggingface.co/docs/hub/security-tokens', (r) => `hf_${r.str(AL.upper + AL.lower, 34)}`);
  def('huggingface_org_token', 'huggingface', true, 'https://huggingface.co/docs/hub/security-tokens', (r) => `api_org_${r.str(AL.upper + AL.lower, 34)}`);
  def('cohere_api_key', 'cohere', true, 'https://docs.cohere.com/reference/about#authentication', (r) => r.str(AL.b62, 40));
  def('replicate_token', 'replicate', true, 'https://replicate.com/docs/reference/http#authentication', (r) => `r8_${r.str(AL.b62, 37)}`);
  def('groq_api_key', 'groq', true, 'https://console.groq.com/docs/quickstart', (r) => `gsk_${r.str(AL.b62, 52)}`);
  def('mistral_api_key', 'mistral', true, 'https://docs.mistral.ai/getting-started/quickstart/', (r) => r.str(AL.b62, 32));
  def('perplexity_api_key', 'perplexity', true, 'https://docs.perplexity.ai/guides/getting-started', (r) => `pplx-${r.str(AL.b62, 48)}`);
  def('xai_api_key', 'xai', true, 'https://docs.x.ai/docs/overview', (r) => `xai-${r.str(AL.b62, 80)}`);
  def('openrouter_api_key', 'openrouter', true, 'https://openrouter.ai/docs/api-reference/authentication', (r) => `sk-or-v1-${r.hex(64)}`);
  def('langsmith_api_key', 'langsmith', true, 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`);
  def('pinecone_api_key', 'pinecone', true, 'https://docs.pinecone.io/guides/projects/manage-api-keys', (r) => `pcsk_${r.str(AL.b62, 6)}_${r.str(AL.b62, 63)}`);
  def('deepseek_api_key', 'deepseek', true, 'https://api-docs.deepseek.com/', (r) => `sk-${r.hex(32)}`);
  def('elevenlabs_api_key', 'elevenlabs', true, 'https://elevenlabs.io/docs/api-reference/authentication', (r) => `sk_${r.hex(48)}`);
  def('together_api_key', 'together', true, 'https://docs.together.ai/reference/authentication-1', (r) => `tgp_v1_${r.str(AL.b62 + '_-', 43)}`);
  def('wandb_api_key', 'wandb', true, 'https://docs.wandb.ai/guides/track/environment-variables/', (r) => r.hex(40));
  def('assemblyai_api_key', 'assemblyai', true, 'https://www.assemblyai.com/docs/api-reference/overview#authorization', (r) => r.hex(32));
  def('deepgram_api_key', 'deepgram', true, 'https://developers.deepgram.com/docs/authenticating', (r) => r.hex(40));

  // ---- databases / data platforms ----
  const SUPA_DOC = 'https://supabase.com/docs/guides/api/api-keys';
  const supaPayload = (r, role) => ({ iss: 'supabase', ref: r.str(AL.lower, 20), role, iat: epoch(r), exp: epoch(r) + 315360000 });
  def('supabase_service_role_key', 'supabase', true, SUPA_DOC, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, supaPayload(r, 'service_role')));
  def('supabase_anon_key', 'supabase', false, `${SUPA_DOC} (anon key is public by design)`, (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, supaPayload(r, 'anon')));
  def('supabase_secret_key', 'supabase', true, SUPA_DOC, (r) => `sb_secret_${r.str(AL.b62 + '_-', 22)}_${r.str(AL.b62, 8)}`);
  def('supabase_publishable_key', 'supabase', false, SUPA_DOC, (r) => `sb_publishable_${r.str(AL.b62 + '_-', 22)}_${r.str(AL.b62, 8)}`);
  def('planetscale_password', 'planetscale', true, 'https://planetscale.com/docs/concepts/connection-strings', (r) => `pscale_pw_${r.str(AL.b62 + '_-', 43)}`);
  def('planetscale_token', 'planetscale', true, 'https://planetscale.com/docs/concepts/service-tokens', (r) => `pscale_tkn_${r.str(AL.b62 + '_-', 43)}`);
  def('neon_api_key', 'neon', true, 'https://neon.tech/docs/manage/api-keys', (r) => `napi_${r.str(AL.lowerAlnum, 64)}`);
  def('databricks_token', 'databricks', true, 'https://docs.databricks.com/en/dev-tools/auth/pat.html', (r) => `dapi${r.hex(32)}`);
  def('mongodb_atlas_private_key', 'mongodb', true, 'https://www.mongodb.com/docs/atlas/configure-api-access/', (r) => uuid(r));
  def('upstash_redis_token', 'upstash', true, 'https://upstash.com/docs/redis/features/restapi', (r) => `A${r.str(AL.b62, 3)}ASQgN${r.str(AL.b62 + '_-', 50)}`);
  def('firebase_db_secret', 'firebase', true, 'https://firebase.google.com/docs/database/rest/auth#legacy_tokens', (r) => r.str(AL.b62, 40));
  def('fcm_server_key', 'firebase', true, 'https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests', (r) => `AAAA${r.str(AL.b62 + '_-', 7)}:APA91b${r.str(AL.b62 + '_-', 134)}`);
  def('db_password', 'generic', true, 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING (random password in a URI; URL-safe alphabet)', (r) => r.str(AL.b62, 24));

  // ---- SaaS platforms with prefixed tokens ----
  def('algolia_admin_key', 'algolia', true, 'https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key', (r) => r.hex(32));
  def('algolia_search_key', 'algolia', false, 'https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key (public)', (r) => r.hex(32));
  def('mapbox_secret_token', 'mapbox', true, 'https://docs.mapbox.com/accounts/guides/tokens/', (r) => `sk.${b64url(JSON.stringify({ u: r.pick(['acme-maps', 'fleetops']), a: r.str(AL.lowerAlnum, 25) }))}.${r.str(AL.b62 + '-_', 22)}`);
  def('mapbox_public_token', 'mapbox', false, 'https://docs.mapbox.com/accounts/guides/tokens/ (pk. tokens are public)', (r) => `pk.${b64url(JSON.stringify({ u: r.pick(['acme-maps', 'fleetops']), a: r.str(AL.lowerAlnum, 25) }))}.${r.str(AL.b62 + '-_', 22)}`);
  def('linear_api_key', 'linear', true, 'https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys', (r) => `lin_api_${r.str(AL.b62, 40)}`);
  def('asana_pat', 'asana', true, 'https://developers.asana.com/docs/personal-access-token', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`);
  def('figma_pat', 'figma', true, 'https://www.figma.com/developers/api#access-tokens', (r) => `figd_${r.str(AL.b62 + '_-', 40)}`);
  def('postman_api_key', 'postman', true, 'https://learning.postman.com/docs/developer/postman-api/authentication/', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`);
  def('okta_api_token', 'okta', true, 'https://developer.okta.com/docs/guides/create-an-api-token/main/', (r) => `00${r.str(AL.b62 + '_-', 40)}`);
  def('auth0_client_secret', 'auth0', true, 'https://auth0.com/docs/get-started/applications/application-settings', (r) => r.str(AL.b62 + '_-', 64));
  def('notion_token', 'notion', true, 'https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up', (r) => `ntn_${r.digits(11)}${r.str(AL.b62, 35)}`);
  def('notion_token_legacy', 'notion', true, 'https://developers.notion.com/docs/authorization', (r) => `secret_${r.str(AL.b62, 43)}`);
  def('airtable_pat', 'airtable', true, 'https://airtable.com/developers/web/guides/personal-access-tokens', (r) => `pat${r.str(AL.b62, 14)}.${r.hex(64)}`);
  def('contentful_pat', 'contentful', true, 'https://www.contentful.com/developers/docs/references/authentication/', (r) => `CFPAT-${r.str(AL.b62 + '_-', 43)}`);
  def('hubspot_pat', 'hubspot', true, 'https://developers.hubspot.com/docs/api/private-apps', (r) => `pat-na1-${uuid(r)}`);
  def('salesforce_access_token', 'salesforce', true, 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm', (r) => `00D${r.str(AL.b62, 12)}!${r.str(AL.b62, 4)}${r.str(AL.b62 + '._', 92)}`);
  def('shippo_token', 'shippo', true, 'https://docs.goshippo.com/docs/guides_general/authentication/', (r) => `shippo_live_${r.hex(40)}`);
  def('easypost_api_key', 'easypost', true, 'https://docs.easypost.com/docs/authentication', (r) => `EZAK${r.hex(54)}`);
  def('typeform_token', 'typeform', true, 'https://www.typeform.com/developers/get-started/personal-access-token/', (r) => `tfp_${r.str(AL.b62 + '_-', 44)}_${r.str(AL.b62, 14)}`);
  def('dropbox_short_lived', 'dropbox', true, 'https://developers.dropbox.com/oauth-guide', (r) => `sl.${r.str(AL.b62 + '_-', 135)}`);
  def('facebook_access_token', 'facebook', true, 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens', (r) => `EAA${r.str(AL.b62, 4)}ZB${r.str(AL.b62, 170)}`);
  def('twitter_bearer_token', 'twitter', true, 'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens', (r) => `AAAAAAAAAAAAAAAAAAAAA${r.str(AL.b62, 30)}%3D${r.str(AL.b62, 50)}`);
  def('twitter_api_secret', 'twitter', true, 'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret', (r) => r.str(AL.b62, 50));
  def('launchdarkly_sdk_key', 'launchdarkly', true, 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys', (r) => `sdk-${uuid(r)}`);
  def('launchdarkly_api_token', 'launchdarkly', true, 'https://docs.launchdarkly.com/home/account/api', (r) => `api-${uuid(r)}`);
  def('google_app_password', 'google', true, 'https://support.google.com/accounts/answer/185833 (16 letters shown in four groups)', (r) => [0, 1, 2, 3].map(() => r.str(AL.lower, 4)).join(' '));
  def('recaptcha_secret', 'google', true, 'https://developers.google.com/recaptcha/docs/verify', (r) => `6L${r.str(AL.b62 + '_-', 38)}`);
  def('recaptcha_site_key', 'google', false, 'https://developers.google.com/recaptcha/intro (site key is public)', (r) => `6L${r.str(AL.b62 + '_-', 38)}`);
  def('zoom_client_secret', 'zoom', true, 'https://developers.zoom.us/docs/internal-apps/s2s-oauth/', (r) => r.str(AL.b62, 32));
  def('cloudinary_api_secret', 'cloudinary', true, 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console', (r) => r.str(AL.b62 + '_-', 27));
  def('imgur_client_secret', 'imgur', true, 'https://apidocs.imgur.com/#authorization-and-oauth', (r) => r.hex(40));
  def('clerk_secret_key', 'clerk', true, 'https://clerk.com/docs/deployments/clerk-environment-variables', (r) => `sk_live_${r.str(AL.b62, 40)}`);
  def('frameio_token', 'frameio', true, 'https://developer.frame.io/docs/getting-started/authentication', (r) => `fio-u-${r.str(AL.b62 + '_-', 64)}`);
  def('yandex_api_key', 'yandex', true, 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key', (r) => `AQVN${r.str(AL.b62 + '_-', 36)}`);
  def('wordpress_salt', 'wordpress', true, 'https://developer.wordpress.org/reference/functions/wp_salt/ (api.wordpress.org/secret-key/1.1/salt/)',
    (r) => r.str(`${AL.b62}!@#$%^&*()-_[]{}<>~+=,.;:/?|`, 64));
  def('django_secret_key', 'django', true, 'https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key', (r) => `django-insecure-${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)}`);
  def('django_secret_key_plain', 'django', true, 'https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key', (r) => r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50));
  def('rails_master_key', 'rails', true, 'https://guides.rubyonrails.org/security.html#custom-credentials', (r) => r.hex(32));
  def('rails_secret_key_base', 'rails', true, 'https://guides.rubyonrails.org/security.html#session-storage', (r) => r.hex(128));
  def('laravel_app_key', 'laravel', true, 'https://laravel.com/docs/11.x/encryption#configuration', (r) => `base64:${b64(r.bytes(32))}`);
  def('symfony_app_secret', 'symfony', true, 'https://symfony.com/doc/current/reference/configuration/framework.html#secret', (r) => r.hex(32));
  def('flask_secret_key', 'flask', true, 'https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY', (r) => r.hex(64));
  def('jwt_hmac_secret', 'generic', true, 'https://datatracker.ietf.org/doc/html/rfc7518#section-3.2 (HS256 keys >= 256 bits)', (r) => b64(r.bytes(48)));
  def('generic_api_key_hex32', 'generic', true, 'n/a: an opaque 128-bit key in hex, as many SaaS consoles issue', (r) => r.hex(32));
  def('generic_api_key_alnum40', 'generic', true, 'n/a: an opaque 40-char alphanumeric key', (r) => r.str(AL.b62, 40));
  def('generic_key_upper16', 'generic', true, 'n/a: a 16-char uppercase API password (PayPal NVP/SOAP style)', (r) => r.str(AL.upperAlnum, 16));
  def('encryption_key_hex', 'generic', true, 'n/a: an AES-256 key as 64 hex chars', (r) => r.hex(64));
  def('webhook_signing_secret', 'generic', true, 'n/a: an HMAC secret for webhook signatures', (r) => r.str(AL.b62, 32));

  // ---- long tail: small SaaS APIs whose keys have no prefix (name next to the value is the only clue) ----
  const HEX = AL.hex;
  plain('abstractapi_key', 'abstractapi', HEX, 32, 'https://docs.abstractapi.com/ (api_key query parameter, 32 hex)');
  plain('ipstack_key', 'ipstack', HEX, 32, 'https://ipstack.com/documentation#quickstart');
  plain('openweathermap_key', 'openweathermap', HEX, 32, 'https://openweathermap.org/appid');
  plain('newsapi_key', 'newsapi', HEX, 32, 'https://newsapi.org/docs/authentication');
  plain('alphavantage_key', 'alphavantage', AL.upperAlnum, 16, 'https://www.alphavantage.co/documentation/');
  plain('weatherstack_key', 'weatherstack', HEX, 32, 'https://weatherstack.com/documentation');
  plain('positionstack_key', 'positionstack', HEX, 32, 'https://positionstack.com/documentation');
  plain('opencage_key', 'opencage', HEX, 32, 'https://opencagedata.com/api#authentication');
  plain('ipgeolocation_key', 'ipgeolocation', HEX, 32, 'https://ipgeolocation.io/documentation.html');
  plain('exchangerate_api_key', 'exchangerate-api', HEX, 24, 'https://www.exchangerate-api.com/docs/authentication');
  plain('fixer_key', 'fixer', HEX, 32, 'https://fixer.io/documentation');
  plain('etherscan_key', 'etherscan', AL.upperAlnum, 34, 'https://docs.etherscan.io/getting-started/viewing-api-usage-statistics');
  plain('infura_project_secret', 'infura', HEX, 32, 'https://docs.metamask.io/services/get-started/infura/');
  plain('alchemy_key', 'alchemy', AL.b62 + '_-', 32, 'https://docs.alchemy.com/reference/api-overview');
  plain('pexels_key', 'pexels', AL.b62, 56, 'https://www.pexels.com/api/documentation/#authorization');
  plain('unsplash_access_key', 'unsplash', AL.b62 + '_-', 43, 'https://unsplash.com/documentation#authorization');
  plain('giphy_key', 'giphy', AL.b62, 32, 'https://developers.giphy.com/docs/api/');
  plain('tmdb_key', 'tmdb', HEX, 32, 'https://developer.themoviedb.org/docs/authentication-application');
  plain('rapidapi_key', 'rapidapi', AL.b62, 50, 'https://docs.rapidapi.com/docs/keys-and-key-rotation');
  plain('scraperapi_key', 'scraperapi', HEX, 32, 'https://docs.scraperapi.com/');
  plain('serpapi_key', 'serpapi', HEX, 64, 'https://serpapi.com/search-api');
  plain('hunter_key', 'hunter', HEX, 40, 'https://hunter.io/api-documentation/v2#authentication');
  plain('zerobounce_key', 'zerobounce', HEX, 32, 'https://www.zerobounce.net/docs/');
  plain('numverify_key', 'numverify', HEX, 32, 'https://numverify.com/documentation');
  plain('nasa_api_key', 'nasa', AL.b62, 40, 'https://api.nasa.gov/');
  plain('spoonacular_key', 'spoonacular', HEX, 32, 'https://spoonacular.com/food-api/docs#Authentication');
  plain('polygon_key', 'polygon', AL.b62 + '_', 32, 'https://polygon.io/docs/stocks/getting-started');
  plain('finnhub_key', 'finnhub', AL.lowerAlnum, 20, 'https://finnhub.io/docs/api/authentication');
  plain('twelvedata_key', 'twelvedata', HEX, 32, 'https://twelvedata.com/docs#authentication');
  plain('bitly_token', 'bitly', HEX, 40, 'https://dev.bitly.com/docs/getting-started/authentication/');
  plain('rebrandly_key', 'rebrandly', HEX, 32, 'https://developers.rebrandly.com/docs/api-key-authentication');
  plain('tomtom_key', 'tomtom', AL.b62, 32, 'https://developer.tomtom.com/platform/documentation/dashboard/api-keys');
  plain('here_api_key', 'here', AL.b62 + '_-', 43, 'https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html');
  plain('mapquest_key', 'mapquest', AL.b62, 32, 'https://developer.mapquest.com/documentation/');
  plain('ipinfo_token', 'ipinfo', HEX, 14, 'https://ipinfo.io/developers#authentication');
  plain('weatherapi_key', 'weatherapi', HEX, 31, 'https://www.weatherapi.com/docs/');
  plain('currencyapi_key', 'currencyapi', AL.b62, 40, 'https://currencyapi.com/docs/#authentication', 'cur_live_');
  plain('coinmarketcap_key', 'coinmarketcap', HEX, 32, 'https://coinmarketcap.com/api/documentation/v1/#section/Authentication');
  plain('browserless_token', 'browserless', AL.b62, 48, 'https://docs.browserless.io/overview/connection-urls');
  plain('screenshotone_key', 'screenshotone', AL.b62 + '-', 14, 'https://screenshotone.com/docs/getting-started/');
  plain('edamam_app_key', 'edamam', HEX, 32, 'https://developer.edamam.com/edamam-docs-recipe-api');
  plain('mailboxlayer_key', 'mailboxlayer', HEX, 32, 'https://mailboxlayer.com/documentation');
  plain('aviationstack_key', 'aviationstack', HEX, 32, 'https://aviationstack.com/documentation');
  plain('deepl_api_key', 'deepl', HEX, 32, 'https://developers.deepl.com/docs/getting-started/auth');
  plain('amplitude_secret', 'amplitude', HEX, 32, 'https://amplitude.com/docs/apis/authentication');
  plain('clearbit_key', 'clearbit', HEX, 32, 'https://dashboard.clearbit.com/docs#authentication', 'sk_');
  plain('locationiq_key', 'locationiq', HEX, 32, 'https://docs.locationiq.com/docs/authentication', 'pk.');
  plain('geoapify_key', 'geoapify', HEX, 32, 'https://apidocs.geoapify.com/docs/getting-started/#authentication');
  plain('ipdata_key', 'ipdata', HEX, 56, 'https://docs.ipdata.co/docs/authentication');
  plain('calendarific_key', 'calendarific', HEX, 40, 'https://calendarific.com/api-documentation');
};

'use strict';
/** Generators added with batch45-c (see bench/corpus/README.md): each with the URL of the documentation it follows. */
const { AL, b64, b64url, jwt, epoch, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Anthropic / Claude Code subscription OAuth credentials
  // ---------------------------------------------------------------------------------------------
  // `claude setup-token` prints a one-year OAuth token, sk-ant-oat01-..., used as CLAUDE_CODE_OAUTH_TOKEN; the
  // interactive login keeps an access/refresh pair (sk-ant-oat01- / sk-ant-ort01-) in ~/.claude/.credentials.json.
  // Body length modelled on the API-key layout (base64url body ending in AA).
  def('b45c_anthropic_oauth_token', 'anthropic', true, 'https://docs.anthropic.com/en/docs/claude-code/cli-reference (claude setup-token: long-lived OAuth token for a Claude subscription, set as CLAUDE_CODE_OAUTH_TOKEN; tokens start sk-ant-oat01-)',
    (r) => `sk-ant-oat01-${r.str(AL.b64url, 93)}AA`);
  def('b45c_anthropic_refresh_token', 'anthropic', true, 'https://docs.anthropic.com/en/docs/claude-code/iam (subscription login: OAuth access and refresh tokens stored in ~/.claude/.credentials.json or the macOS Keychain; refresh tokens start sk-ant-ort01-)',
    (r) => `sk-ant-ort01-${r.str(AL.b64url, 93)}AA`);

  // ---------------------------------------------------------------------------------------------
  // GPU clouds, gateways, routers
  // ---------------------------------------------------------------------------------------------
  def('b45c_runpod_api_key', 'runpod', true, 'https://www.runpod.io/blog/scoped-api-keys-runpod ("any new keys will be created with an rpa_ prefix"); https://docs.runpod.io/get-started/api-keys (body modelled on issued keys: upper-case letters and digits)',
    (r) => `rpa_${r.str(AL.upperAlnum, 40)}${r.str(AL.lowerAlnum, 8)}`);
  // LiteLLM proxy: the master key must start with sk-; generated virtual keys are "sk-" + secrets.token_urlsafe(16)
  def('b45c_litellm_master_key', 'litellm', true, 'https://docs.litellm.ai/docs/proxy/virtual_keys (general_settings.master_key / LITELLM_MASTER_KEY, the proxy admin key, must start with sk-; admin-chosen random body)',
    (r) => `sk-${r.str(AL.b62, 40)}`);
  def('b45c_litellm_virtual_key', 'litellm', true, 'https://docs.litellm.ai/docs/proxy/virtual_keys (POST /key/generate returns "key": "sk-..." — sk- plus a url-safe random string of 16 bytes)',
    (r) => `sk-${b64url(r.bytes(16))}`);
  def('b45c_litellm_salt_key', 'litellm', true, 'https://docs.litellm.ai/docs/proxy/prod#8-set-litellm-salt-key (LITELLM_SALT_KEY encrypts the provider credentials stored in the DB; sk- + random, never changed after first use)',
    (r) => `sk-${r.str(AL.b62, 48)}`);
  // Portkey: the console issues an opaque key, sent as x-portkey-api-key; shape modelled (32 base64 characters)
  def('b45c_portkey_api_key', 'portkey', true, 'https://portkey.ai/docs/api-reference/authentication (Portkey API key from Settings, sent as x-portkey-api-key; shape modelled on issued keys)',
    (r) => `${r.str(AL.b62, 20)}${r.pick(['+', '/'])}${r.str(AL.b62, 11)}`);
  def('b45c_vercel_ai_gateway_key', 'vercel', true, 'https://vercel.com/docs/ai-gateway/authentication-and-byok/api-keys (AI_GATEWAY_API_KEY; the plaintext key is shown once; vck_ prefix and body length modelled on issued keys)',
    (r) => `vck_${r.str(AL.b62, 56)}`);

  // ---------------------------------------------------------------------------------------------
  // Vector databases
  // ---------------------------------------------------------------------------------------------
  def('b45c_chroma_api_key', 'chroma', true, 'https://docs.trychroma.com/docs/run-chroma/clients (CloudClient api_key / CHROMA_API_KEY, sent as x-chroma-token; Chroma Cloud keys start ck-, body modelled)',
    (r) => `ck-${r.str(AL.b62, 44)}`);
  def('b45c_zilliz_api_key', 'zilliz', true, 'https://docs.zilliz.com/docs/manage-api-keys (Zilliz Cloud API key, used as the MilvusClient token and as Bearer on the control plane; long hex string as the console shows it)',
    (r) => r.hex(104));
  def('b45c_weaviate_cloud_key', 'weaviate', true, 'https://docs.weaviate.io/cloud/manage-clusters/authentication (Weaviate Cloud cluster API key, Auth.api_key(...) / Authorization: Bearer; shape modelled on console-issued keys)',
    (r) => b64(r.bytes(36)));
  // Pinecone keys issued before the pcsk_ format were UUIDs, and still authenticate
  def('b45c_pinecone_legacy_key', 'pinecone', true, 'https://docs.pinecone.io/guides/projects/manage-api-keys (project API key; keys created before the pcsk_ prefix are UUID-shaped)',
    (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Eval / observability
  // ---------------------------------------------------------------------------------------------
  def('b45c_langsmith_service_key', 'langsmith', true, 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key (service keys lsv2_sk_..., personal access tokens lsv2_pt_...)',
    (r) => `lsv2_sk_${r.hex(32)}_${r.hex(10)}`);
  def('b45c_braintrust_api_key', 'braintrust', true, 'https://www.braintrust.dev/docs/api-reference/apikeys/create-api_key (raw API key, shown once, sent as Authorization: Bearer; sk- prefix and body modelled on issued keys)',
    (r) => `sk-${r.str(AL.b62, 48)}`);
  def('b45c_arize_api_key', 'arize', true, 'https://docs.arize.com/arize/reference/authentication-and-security/api-keys (user API key, "treat your key like a password"; ak- shape modelled on issued keys)',
    (r) => `ak-${uuid(r)}-${r.str(AL.b62, 32)}`);
  // Arize space id: base64 of "Space:<n>:<suffix>", shown in the URL of every space page; an identifier
  def('b45c_arize_space_id', 'arize', false, 'https://arize.com/docs/ax/reference/authentication-and-security/space-id (space ID, an identifier in the space URL, base64 of Space:<n>:<suffix>)',
    (r) => b64(`Space:${r.digits(5)}:${r.str(AL.b62, 4)}`));
  // Arize Phoenix system/user API keys are JWTs issued by the Phoenix server (PHOENIX_SECRET signs them)
  def('b45c_phoenix_api_key', 'arize-phoenix', true, 'https://arize.com/docs/phoenix/settings/api-keys (Phoenix system and user keys; issued as signed JWTs, sent as Authorization: Bearer)',
    (r) => jwt(r, { alg: 'HS256', typ: 'JWT' }, { sub: `ApiKey:${r.range(1, 40)}`, iat: epoch(r), iss: 'Phoenix' }, 32));
  plain('b45c_serper_api_key', 'serper', AL.hex, 40, 'https://serper.dev/api-key (SERPER_API_KEY sent as X-API-KEY; 40 hex as the dashboard shows it)');
  def('b45c_agentops_api_key', 'agentops', true, 'https://docs.agentops.ai/v2/usage/environment-variables (AGENTOPS_API_KEY, UUID-shaped as the dashboard issues it)',
    (r) => uuid(r));
  def('b45c_mem0_api_key', 'mem0', true, 'https://docs.mem0.ai/platform/quickstart (MEM0_API_KEY, documented as m0-...; body modelled)',
    (r) => `m0-${r.str(AL.b62, 40)}`);

  // ---------------------------------------------------------------------------------------------
  // Speech, search, webhooks, self-hosted UIs
  // ---------------------------------------------------------------------------------------------
  def('b45c_cartesia_api_key', 'cartesia', true, 'https://docs.cartesia.ai/use-the-api/api-conventions (X-API-Key; keys from play.cartesia.ai/keys look like sk_car_...; body modelled)',
    (r) => `sk_car_${r.str(AL.b62, 40)}`);
  def('b45c_brave_search_key', 'brave', true, 'https://api-dashboard.search.brave.com/documentation/guides/authentication (X-Subscription-Token; keys begin with BSA, body modelled: 28 url-safe characters)',
    (r) => `BSA${r.str(AL.b64url, 28)}`);
  // OpenAI webhooks follow Standard Webhooks: whsec_ + base64 of the HMAC key
  def('b45c_openai_webhook_secret', 'openai', true, 'https://platform.openai.com/docs/guides/webhooks (signing secret whsec_..., Standard Webhooks: base64 HMAC-SHA256 key after the prefix)',
    (r) => `whsec_${b64(r.bytes(32))}`);
  // Open WebUI per-user API keys: sk- + 32 hex (uuid4 hex)
  def('b45c_openwebui_api_key', 'openwebui', true, 'https://docs.openwebui.com/getting-started/api-endpoints/#authentication (Settings > Account API key, Bearer sk-...; 32 hex body)',
    (r) => `sk-${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // Identifiers that fill transcripts, traces and exports: not secrets
  // ---------------------------------------------------------------------------------------------
  const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  def('b45c_anthropic_msg_id', 'none', false, 'https://docs.anthropic.com/en/api/messages (response "id": "msg_01...", a message identifier)',
    (r) => `msg_01${r.str(B58, 22)}`);
  def('b45c_anthropic_toolu_id', 'none', false, 'https://docs.anthropic.com/en/docs/build-with-claude/tool-use (tool_use block "id": "toolu_01...", echoed in tool_result.tool_use_id)',
    (r) => `toolu_01${r.str(B58, 22)}`);
  def('b45c_anthropic_request_id', 'none', false, 'https://docs.anthropic.com/en/api/errors#request-id (request-id header, req_...)',
    (r) => `req_011C${r.str(B58, 20)}`);
  def('b45c_openai_chatcmpl_id', 'none', false, 'https://platform.openai.com/docs/api-reference/chat/object (id "chatcmpl-...")',
    (r) => `chatcmpl-${r.str(AL.b62, 29)}`);
  def('b45c_openai_call_id', 'none', false, 'https://platform.openai.com/docs/guides/function-calling (tool_calls[].id "call_...")',
    (r) => `call_${r.str(AL.b62, 24)}`);
  def('b45c_openai_resp_id', 'none', false, 'https://platform.openai.com/docs/api-reference/responses/object (id "resp_..." followed by hex)',
    (r) => `resp_${r.hex(50)}`);
  def('b45c_openai_project_id', 'none', false, 'https://platform.openai.com/docs/api-reference/authentication (OpenAI-Project header, project id proj_...)',
    (r) => `proj_${r.str(AL.b62, 24)}`);
  def('b45c_otel_trace_id', 'none', false, 'https://www.w3.org/TR/trace-context/#trace-id (16-byte trace id, 32 lower-case hex)',
    (r) => r.hex(32));
  def('b45c_otel_span_id', 'none', false, 'https://www.w3.org/TR/trace-context/#parent-id (8-byte span id, 16 lower-case hex)',
    (r) => r.hex(16));
};

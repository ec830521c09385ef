'use strict';
/**
 * Lumora Smart Home skill (Alexa.PowerController, Alexa.BrightnessController, Alexa.ColorController).
 *
 * Discovery and directives are proxied to api.lumora-home.com; proactive ChangeReports go to the
 * Alexa Event Gateway, which needs an LWA token obtained with the skill's "Alexa Skill Messaging"
 * client credentials (Build > Permissions > Send Alexa Events).
 */
const https = require('https');
const { DynamoDBClient, GetItemCommand, PutItemCommand } = require('@aws-sdk/client-dynamodb');

const SKILL_ID = '⟦b67c_alexa_skill_id⟧';
const EVENT_GATEWAY = {
  'NA': 'api.amazonalexa.com',
  'EU': 'api.eu.amazonalexa.com',
  'FE': 'api.fe.amazonalexa.com',
};

// Send Alexa Events permission (skill-level client, NOT the account-linking client)
const ALEXA_CLIENT_ID = process.env.ALEXA_CLIENT_ID || '⟦b47a_lwa_client_id⟧';
const ALEXA_CLIENT_SECRET = process.env.ALEXA_CLIENT_SECRET || '⟦b47a_lwa_client_secret⟧';

const LUMORA_API = process.env.LUMORA_API || 'api.lumora-home.com';
const TOKENS_TABLE = process.env.TOKENS_TABLE || 'lumora-alexa-grants';

const ddb = new DynamoDBClient({});

function request(host, path, method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, body: data ? JSON.parse(data) : {} });
        } catch (e) {
          resolve({ status: res.statusCode, body: data });
        }
      });
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

async function lwaToken(grant) {
  const form = new URLSearchParams({
    grant_type: grant.refresh_token ? 'refresh_token' : 'authorization_code',
    client_id: ALEXA_CLIENT_ID,
    client_secret: ALEXA_CLIENT_SECRET,
  });
  if (grant.refresh_token) form.set('refresh_token', grant.refresh_token);
  else form.set('code', grant.code);
  const res = await request('api.amazon.com', '/auth/o2/token', 'POST',
    { 'Content-Type': 'application/x-www-form-urlencoded' }, form.toString());
  if (res.status !== 200) throw new Error(`LWA ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function handleAcceptGrant(directive) {
  const { grant, grantee } = directive.payload;
  const tokens = await lwaToken({ code: grant.code });
  const user = await request(LUMORA_API, '/v2/me', 'GET', { Authorization: `Bearer ${grantee.token}` });
  await ddb.send(new PutItemCommand({
    TableName: TOKENS_TABLE,
    Item: {
      userId: { S: user.body.id },
      refreshToken: { S: tokens.refresh_token },
      region: { S: process.env.AWS_REGION || 'us-east-1' },
    },
  }));
  return {
    event: {
      header: { namespace: 'Alexa.Authorization', name: 'AcceptGrant.Response', messageId: directive.header.messageId + '-r', payloadVersion: '3' },
      payload: {},
    },
  };
}

async function handleDiscovery(directive) {
  const token = directive.payload.scope.token;
  const res = await request(LUMORA_API, '/v2/alexa/discovery', 'GET', { Authorization: `Bearer ${token}` });
  return {
    event: {
      header: { namespace: 'Alexa.Discovery', name: 'Discover.Response', messageId: directive.header.messageId + '-r', payloadVersion: '3' },
      payload: { endpoints: res.body.endpoints || [] },
    },
  };
}

async function handleControl(directive) {
  const token = directive.endpoint.scope.token;
  const res = await request(LUMORA_API, '/v2/alexa/directive', 'POST',
    { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, JSON.stringify(directive));
  if (res.status >= 400) {
    return {
      event: {
        header: { namespace: 'Alexa', name: 'ErrorResponse', messageId: directive.header.messageId + '-e', payloadVersion: '3' },
        endpoint: { endpointId: directive.endpoint.endpointId },
        payload: { type: res.status === 404 ? 'NO_SUCH_ENDPOINT' : 'ENDPOINT_UNREACHABLE', message: 'lumora cloud error' },
      },
    };
  }
  return res.body;
}

exports.handler = async (request) => {
  if (request.context && request.context.System && request.context.System.application.applicationId !== SKILL_ID) {
    throw new Error('unexpected skill id');
  }
  const { directive } = request;
  const ns = directive.header.namespace;
  if (ns === 'Alexa.Authorization') return handleAcceptGrant(directive);
  if (ns === 'Alexa.Discovery') return handleDiscovery(directive);
  return handleControl(directive);
};

exports.EVENT_GATEWAY = EVENT_GATEWAY;
exports.lwaToken = lwaToken;

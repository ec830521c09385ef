'use strict';
// Zapier Platform CLI app "Relaywork Toolkit" (private, shared with client accounts).
// Defines how a user connects their beehiiv workspace: they paste an API key into the
// connection form; Zapier stores it encrypted and injects it as bundle.authData.api_key.

const test = async (z, bundle) => {
  const res = await z.request({
    url: 'https://api.beehiiv.com/v2/publications',
    params: { limit: 1 },
  });
  return res.data;
};

const addApiKeyHeader = (request, z, bundle) => {
  if (bundle.authData.api_key) {
    request.headers.Authorization = `Bearer ${bundle.authData.api_key}`;
  }
  return request;
};

module.exports = {
  config: {
    type: 'custom',
    fields: [
      {
        key: 'api_key',
        label: 'beehiiv API key',
        required: true,
        type: 'password',
        helpText: 'Create one in beehiiv under **Settings → Integrations → API**. It looks like a 64-character string.',
      },
      {
        key: 'publication_id',
        label: 'Publication ID',
        required: true,
        helpText: 'Starts with `pub_`, e.g. `pub_00000000-0000-0000-0000-000000000000`.',
      },
    ],
    test,
    connectionLabel: (z, bundle) => bundle.inputData.data?.[0]?.name || 'beehiiv',
  },
  befores: [addApiKeyHeader],
  afters: [],
};

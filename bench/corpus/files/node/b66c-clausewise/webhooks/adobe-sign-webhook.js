'use strict';
// Adobe Acrobat Sign webhook receiver (Lambda behind API Gateway: /hooks/adobe-sign)
//
// Acrobat Sign verifies the endpoint by sending X-AdobeSign-ClientId and expecting it echoed back
// in the response header (or body). The client id is not a secret; we only check it matches ours.

const https = require('https');

const EXPECTED_CLIENT_ID = process.env.ADOBE_SIGN_CLIENT_ID || '⟦b48b_adobesign_client_id:hook⟧';

// Integration key of the ClauseWise service user, used to pull the signed PDF after AGREEMENT_WORKFLOW_COMPLETED.
// (integration keys never expire; this one is scoped to agreement_read only... I think)
const INTEGRATION_KEY = process.env.ADOBE_SIGN_INTEGRATION_KEY || '⟦b48b_adobesign_integration_key⟧';
const API_HOST = 'api.na3.adobesign.com';

function getAgreementPdf(agreementId) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: API_HOST,
        path: `/api/rest/v6/agreements/${encodeURIComponent(agreementId)}/combinedDocument`,
        headers: { Authorization: `Bearer ${INTEGRATION_KEY}` },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`adobe sign ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

exports.handler = async (event) => {
  const clientId = event.headers['x-adobesign-clientid'] || event.headers['X-AdobeSign-ClientId'];
  if (clientId !== EXPECTED_CLIENT_ID) {
    return { statusCode: 400, body: 'unknown client' };
  }

  if (event.httpMethod === 'GET') {
    // intent verification
    return { statusCode: 200, headers: { 'X-AdobeSign-ClientId': clientId }, body: '' };
  }

  const payload = JSON.parse(event.body || '{}');
  if (payload.event === 'AGREEMENT_WORKFLOW_COMPLETED') {
    const pdf = await getAgreementPdf(payload.agreement.id);
    console.log(`agreement ${payload.agreement.id} completed, ${pdf.length} bytes`);
    // TODO push to S3 + mark contract executed
  }
  return {
    statusCode: 200,
    headers: { 'X-AdobeSign-ClientId': clientId, 'Content-Type': 'application/json' },
    body: JSON.stringify({ xAdobeSignClientId: clientId }),
  };
};

'use strict';
/**
 * Lambda@Edge viewer-request for preview-media.tallyho.travel
 *
 * Lambda@Edge can't read environment variables, so the preview credentials are inlined.
 * The production host (media.tallyho.travel) is protected by signed URLs instead and
 * passes straight through.
 */

const PREVIEW_HOST = 'preview-media.tallyho.travel';

// user: partner-preview  (shared with the 3 OTA partners in the pilot)
const EXPECTED_AUTH = 'Basic ⟦lit:partner-preview:Tallyho#Preview9|b64⟧';

const UNAUTHORIZED = {
  status: '401',
  statusDescription: 'Unauthorized',
  headers: {
    'www-authenticate': [{ key: 'WWW-Authenticate', value: 'Basic realm="Tallyho preview"' }],
    'cache-control': [{ key: 'Cache-Control', value: 'no-store' }],
  },
  body: 'Unauthorized',
};

exports.handler = async (event) => {
  const request = event.Records[0].cf.request;
  const host = request.headers.host && request.headers.host[0].value;

  if (host !== PREVIEW_HOST) {
    return request;
  }

  const auth = request.headers.authorization && request.headers.authorization[0].value;
  if (auth !== EXPECTED_AUTH) {
    console.log(JSON.stringify({ msg: 'preview auth failed', uri: request.uri, ip: request.clientIp }));
    return UNAUTHORIZED;
  }

  // strip auth before it hits the cache key / origin
  delete request.headers.authorization;
  return request;
};

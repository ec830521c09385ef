/**
 * Code template library: "Epic Backend Services"
 * Context: Channel Scripts, Connector Scripts (all channels tagged EPIC_FHIR)
 *
 * Builds the RS384 client assertion for Epic's SMART Backend Services token endpoint and caches the
 * access token in globalMap until 60 s before expiry.
 *
 * The key below is the NON-PROD key registered on the "SBRMC Interface Engine" app listing (JWKS URL
 * https://jwks.sbrmc.org/mirth/jwks.json). PRD reads EPIC_BACKEND_KEY_PATH from the configuration map.
 */
var EPIC_TOKEN_URL = 'https://epicic-tst.sbrmc.org/Interconnect-TST-Oauth2/oauth2/token';
var EPIC_NONPROD_CLIENT_ID = '⟦b45a_epic_client_id:nonprod⟧';

var EPIC_NONPROD_KEY = '' +
'⟦pem_rsa_pkcs8:epicnp|line=1⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=2⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=3⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=4⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=5⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=6⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=7⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=8⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=9⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=10⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=11⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=12⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=13⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=14⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=15⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=16⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=17⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=18⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=19⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=20⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=21⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=22⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=23⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=24⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=25⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=26⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=27⟧\n' +
'⟦pem_rsa_pkcs8:epicnp|line=28⟧\n';

function epicLoadKey(isProd) {
	var pem = isProd
		? FileUtil.read($cfg('EPIC_BACKEND_KEY_PATH'))
		: EPIC_NONPROD_KEY;
	var b64 = String(pem).replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '');
	var spec = new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(b64));
	return java.security.KeyFactory.getInstance('RSA').generatePrivate(spec);
}

function epicClientAssertion(clientId, tokenUrl, isProd) {
	var now = Math.floor(Date.now() / 1000);
	var header = { alg: 'RS384', typ: 'JWT', kid: 'sbrmc-mirth-2024' };
	var claims = { iss: clientId, sub: clientId, aud: tokenUrl, jti: UUIDGenerator.getUUID(), iat: now, nbf: now, exp: now + 240 };
	var enc = function (o) { return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new java.lang.String(JSON.stringify(o)).getBytes('UTF-8')); };
	var signingInput = enc(header) + '.' + enc(claims);
	var sig = java.security.Signature.getInstance('SHA384withRSA');
	sig.initSign(epicLoadKey(isProd));
	sig.update(new java.lang.String(signingInput).getBytes('UTF-8'));
	return signingInput + '.' + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sig.sign());
}

function epicAccessToken(isProd) {
	var cacheKey = isProd ? 'epicTokenPrd' : 'epicTokenTst';
	var cached = globalMap.get(cacheKey);
	if (cached && cached.expiresAt > Date.now() + 60000) return cached.token;
	var clientId = isProd ? $cfg('EPIC_CLIENT_ID') : EPIC_NONPROD_CLIENT_ID;
	var tokenUrl = isProd ? $cfg('EPIC_INTERCONNECT_URL') + '/oauth2/token' : EPIC_TOKEN_URL;
	var body = 'grant_type=client_credentials'
		+ '&client_assertion_type=' + encodeURIComponent('urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
		+ '&client_assertion=' + epicClientAssertion(clientId, tokenUrl, isProd);
	var resp = JSON.parse(HTTPUtil.post(tokenUrl, body, 'application/x-www-form-urlencoded'));
	globalMap.put(cacheKey, { token: resp.access_token, expiresAt: Date.now() + resp.expires_in * 1000 });
	return resp.access_token;
}

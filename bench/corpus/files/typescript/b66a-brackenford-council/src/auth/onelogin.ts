import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import { Issuer, generators, type Client } from 'openid-client';
import { config } from '../config';

let client: Client | undefined;

/**
 * GOV.UK One Login uses private_key_jwt: we sign the client assertion with our private key and
 * One Login checks it against the public key registered with the client (keys/onelogin-signing-public.pem).
 */
export async function oneLoginClient(): Promise<Client> {
  if (client) return client;
  const issuer = await Issuer.discover(config.ONE_LOGIN_ISSUER);
  const key = createPrivateKey(readFileSync(config.ONE_LOGIN_PRIVATE_KEY_PATH));
  client = new issuer.Client(
    {
      client_id: config.ONE_LOGIN_CLIENT_ID,
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'RS256',
      id_token_signed_response_alg: 'ES256',
      redirect_uris: [`${process.env.BASE_URL ?? 'http://localhost:3000'}/auth/callback`],
    },
    { keys: [key.export({ format: 'jwk' }) as any] },
  );
  return client;
}

export function authorizeUrl(c: Client, state: string, nonce: string) {
  return c.authorizationUrl({
    scope: 'openid email phone',
    state,
    nonce,
    vtr: '["Cl.Cm"]',
    ui_locales: 'en',
  });
}

export const newState = () => generators.state();
export const newNonce = () => generators.nonce();

import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { db } from '../db';
import { logger } from '../logger';

/**
 * HTTP Basic authentication of charging stations on the OCPP websocket upgrade
 * (security profiles 1 and 2). For OCPP 1.6 the password is the AuthorizationKey, which the
 * Security Whitepaper defines as hex; we store the hex string and compare the decoded bytes.
 * For OCPP 2.0.1 it is BasicAuthPassword, a plain passwordString.
 */

// Pilot chargers at the Almere depot were commissioned before the charger_credentials table
// existed. Remove once VW-1187 (re-provision via SetVariables) is done.
// old key for ALP-DEPOT-01 (rotated 2024-11-02): ⟦b50c_ocpp_authorization_key:old01⟧
const LEGACY_PILOT_KEYS: Record<string, string> = {
  'ALP-DEPOT-01': '⟦b50c_ocpp_authorization_key:alp01⟧',
  'ALP-DEPOT-02': '⟦b50c_ocpp_authorization_key:alp02⟧',
};

export interface ChargerIdentity {
  chargeBoxId: string;
  protocol: 'ocpp1.6' | 'ocpp2.0.1';
}

function parseBasic(header: string | undefined): { user: string; pass: Buffer } | null {
  if (!header?.startsWith('Basic ')) return null;
  const raw = Buffer.from(header.slice(6), 'base64');
  const colon = raw.indexOf(0x3a);
  if (colon < 0) return null;
  return { user: raw.subarray(0, colon).toString('utf8'), pass: raw.subarray(colon + 1) };
}

export async function authenticateCharger(req: IncomingMessage, id: ChargerIdentity): Promise<boolean> {
  const creds = parseBasic(req.headers.authorization);
  if (!creds) {
    logger.warn({ chargeBoxId: id.chargeBoxId }, 'upgrade without Basic credentials');
    return false;
  }
  if (creds.user !== id.chargeBoxId) {
    logger.warn({ chargeBoxId: id.chargeBoxId, user: creds.user }, 'Basic user does not match identity in URL');
    return false;
  }
  let expected: Buffer | null = null;
  const legacy = LEGACY_PILOT_KEYS[id.chargeBoxId];
  if (legacy) {
    expected = Buffer.from(legacy, 'hex');
  } else {
    const row = await db.chargerCredentials.findUnique({ where: { chargeBoxId: id.chargeBoxId } });
    if (!row) return false;
    // we only keep a SHA-256 of the password; compare digests
    const digest = createHash('sha256').update(creds.pass).digest();
    return digest.length === row.passwordSha256.length && timingSafeEqual(digest, row.passwordSha256);
  }
  return expected.length === creds.pass.length && timingSafeEqual(expected, creds.pass);
}

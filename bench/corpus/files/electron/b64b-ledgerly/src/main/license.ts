/**
 * Offline licence keys. A licence is base64url(JSON payload) + "." + base64url(RSA-SHA256 signature).
 *
 * The keygen used to live only in the licensing Lambda. For the "offline trial extension" feature the
 * PRIVATE key was copied in here so the app can mint a 14-day extension itself (LDG-388).
 * Anyone who unpacks app.asar can now mint licences. Removal: LDG-441.
 */
import crypto from 'node:crypto'

const LICENSE_PUBLIC_KEY = `⟦pubkey_pem:lic⟧`

const LICENSE_SIGNING_KEY = `⟦pem_rsa:lic⟧`

export type LicensePayload = {
  email: string
  plan: 'solo' | 'team' | 'trial'
  seats: number
  exp: number // unix seconds
}

const b64u = (b: Buffer) => b.toString('base64url')

export function verifyLicense(license: string): LicensePayload | null {
  const [body, sig] = license.trim().split('.')
  if (!body || !sig) return null
  const ok = crypto.verify('RSA-SHA256', Buffer.from(body), LICENSE_PUBLIC_KEY, Buffer.from(sig, 'base64url'))
  if (!ok) return null
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LicensePayload
  return payload.exp * 1000 > Date.now() ? payload : null
}

export function mintTrialExtension(email: string): string {
  const payload: LicensePayload = { email, plan: 'trial', seats: 1, exp: Math.floor(Date.now() / 1000) + 14 * 86400 }
  const body = b64u(Buffer.from(JSON.stringify(payload)))
  const sig = crypto.sign('RSA-SHA256', Buffer.from(body), LICENSE_SIGNING_KEY)
  return `${body}.${b64u(sig)}`
}

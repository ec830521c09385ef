/**
 * Bank sync for Ledgerly desktop.
 *
 * Runs in the Electron MAIN process, which someone argued makes the Plaid secret "server-side".
 * It isn't: the main bundle ships inside app.asar on every customer's machine (see SEC-31).
 * Migration to the sync API (api.ledgerly.app/v1/plaid/*) is tracked in LDG-420.
 */
import { app, ipcMain, safeStorage } from 'electron'
import Store from 'electron-store'
import Database from 'better-sqlite3'
import path from 'node:path'
import crypto from 'node:crypto'
import log from 'electron-log/main'

type PlaidEnv = 'sandbox' | 'production'

const PLAID_ENV: PlaidEnv = app.isPackaged ? 'production' : 'sandbox'
const PLAID_BASE = PLAID_ENV === 'production' ? 'https://production.plaid.com' : 'https://sandbox.plaid.com'

const PLAID_CLIENT_ID = '⟦plaid_client_id:ldg⟧'
const PLAID_SECRETS: Record<PlaidEnv, string> = {
  sandbox: '⟦plaid_secret:sandbox⟧',
  production: '⟦plaid_secret:prod⟧',
}

// electron-store "encryptionKey" — obfuscation only per the electron-store README, but this one also
// keys the AES-GCM wrapper below for access tokens when safeStorage is unavailable (Linux without keyring)
const STORE_KEY = '⟦encryption_key_hex:store⟧'

const store = new Store<{ items: Record<string, string>; cursor: Record<string, string> }>({
  name: 'ledgerly-sync',
  encryptionKey: STORE_KEY,
  defaults: { items: {}, cursor: {} },
})

const db = new Database(path.join(app.getPath('userData'), 'ledger.sqlite3'))
db.pragma('journal_mode = WAL')
db.exec(`
  CREATE TABLE IF NOT EXISTS transactions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    date TEXT NOT NULL,
    name TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    category TEXT,
    pending INTEGER NOT NULL DEFAULT 0
  );
`)

function wrap(plain: string): string {
  if (safeStorage.isEncryptionAvailable()) return safeStorage.encryptString(plain).toString('base64')
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(STORE_KEY, 'hex'), iv)
  const enc = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), enc.toString('base64')].join('.')
}

function unwrap(blob: string): string {
  if (!blob.startsWith('v1.')) return safeStorage.decryptString(Buffer.from(blob, 'base64'))
  const [, iv, tag, enc] = blob.split('.')
  const decipher = crypto.createDecipheriv('aes-256-gcm', Buffer.from(STORE_KEY, 'hex'), Buffer.from(iv, 'base64'))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(enc, 'base64')), decipher.final()]).toString('utf8')
}

async function plaid<T>(endpoint: string, body: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${PLAID_BASE}${endpoint}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Plaid-Version': '2020-09-14' },
    body: JSON.stringify({ client_id: PLAID_CLIENT_ID, secret: PLAID_SECRETS[PLAID_ENV], ...body }),
  })
  if (!res.ok) {
    const err = await res.json().catch(() => ({}))
    log.warn('plaid error', endpoint, res.status, err.error_code)
    throw new Error(err.error_message || `Plaid ${res.status}`)
  }
  return res.json() as Promise<T>
}

export async function createLinkToken(userId: string) {
  const { link_token } = await plaid<{ link_token: string }>('/link/token/create', {
    user: { client_user_id: userId },
    client_name: 'Ledgerly',
    products: ['transactions'],
    country_codes: ['GB', 'US'],
    language: 'en',
  })
  return link_token
}

export async function exchangePublicToken(publicToken: string) {
  const { access_token, item_id } = await plaid<{ access_token: string; item_id: string }>(
    '/item/public_token/exchange',
    { public_token: publicToken },
  )
  store.set(`items.${item_id}`, wrap(access_token))
  return item_id
}

type TxSync = {
  added: Array<{ transaction_id: string; account_id: string; date: string; name: string; amount: number; pending: boolean; personal_finance_category?: { primary: string } }>
  modified: TxSync['added']
  removed: Array<{ transaction_id: string }>
  next_cursor: string
  has_more: boolean
}

const upsert = db.prepare(`
  INSERT INTO transactions (id, account_id, date, name, amount_cents, category, pending)
  VALUES (@id, @account_id, @date, @name, @amount_cents, @category, @pending)
  ON CONFLICT(id) DO UPDATE SET date = excluded.date, name = excluded.name,
    amount_cents = excluded.amount_cents, category = excluded.category, pending = excluded.pending
`)
const remove = db.prepare('DELETE FROM transactions WHERE id = ?')

export async function syncItem(itemId: string) {
  const accessToken = unwrap(store.get(`items.${itemId}`))
  let cursor = store.get(`cursor.${itemId}`) as string | undefined
  let hasMore = true
  let count = 0
  while (hasMore) {
    const page = await plaid<TxSync>('/transactions/sync', { access_token: accessToken, cursor, count: 250 })
    db.transaction(() => {
      for (const t of [...page.added, ...page.modified]) {
        upsert.run({
          id: t.transaction_id,
          account_id: t.account_id,
          date: t.date,
          name: t.name,
          amount_cents: Math.round(t.amount * 100),
          category: t.personal_finance_category?.primary ?? null,
          pending: t.pending ? 1 : 0,
        })
      }
      for (const r of page.removed) remove.run(r.transaction_id)
    })()
    count += page.added.length + page.modified.length
    cursor = page.next_cursor
    hasMore = page.has_more
  }
  store.set(`cursor.${itemId}`, cursor)
  log.info(`synced ${count} transactions for ${itemId}`)
  return count
}

ipcMain.handle('plaid:link-token', (_e, userId: string) => createLinkToken(userId))
ipcMain.handle('plaid:exchange', (_e, publicToken: string) => exchangePublicToken(publicToken))
ipcMain.handle('plaid:sync', (_e, itemId: string) => syncItem(itemId))

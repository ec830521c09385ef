/**
 * FreshBooks API helper.
 *
 * Refresh tokens are single use: every refresh returns a NEW refresh token and the old one dies.
 * If two processes refresh at once, one of them bricks the connection -> we keep the current token in
 * Postgres and lock the row while refreshing.
 */
import { sql } from './db';

const API = 'https://api.freshbooks.com';
const TOKEN_URL = `${API}/auth/oauth/token`;

const clientId = process.env.FRESHBOOKS_CLIENT_ID ?? '⟦b68c_freshbooks_client_id:app⟧';
const clientSecret = process.env.FRESHBOOKS_CLIENT_SECRET ?? '⟦b68c_freshbooks_client_secret:app⟧';
const redirectUri = process.env.FRESHBOOKS_REDIRECT_URI ?? 'https://localhost:3000/api/freshbooks/callback';

// bootstrap token from the first manual authorization (2023-11-02). After the first run the DB row wins.
const BOOTSTRAP_REFRESH = '⟦b68c_freshbooks_refresh_token:bootstrap⟧';

export interface FbTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number; // epoch ms
}

export interface FbInvoice {
  id: number;
  invoiceid: number;
  invoice_number: string;
  customerid: number;
  amount: { amount: string; code: string };
  outstanding: { amount: string; code: string };
  v3_status: 'draft' | 'sent' | 'viewed' | 'paid' | 'overdue' | 'partial';
  due_date: string;
  create_date: string;
}

async function loadTokens(): Promise<FbTokens> {
  const rows = await sql<FbTokens[]>`
    select access_token as "accessToken", refresh_token as "refreshToken", expires_at as "expiresAt"
    from oauth_tokens where provider = 'freshbooks' for update`;
  if (rows.length) return rows[0];
  return { accessToken: '', refreshToken: BOOTSTRAP_REFRESH, expiresAt: 0 };
}

async function saveTokens(t: FbTokens): Promise<void> {
  await sql`
    insert into oauth_tokens (provider, access_token, refresh_token, expires_at)
    values ('freshbooks', ${t.accessToken}, ${t.refreshToken}, ${t.expiresAt})
    on conflict (provider) do update
      set access_token = excluded.access_token,
          refresh_token = excluded.refresh_token,
          expires_at = excluded.expires_at`;
}

export async function exchangeCode(code: string): Promise<FbTokens> {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Api-Version': 'alpha' },
    body: JSON.stringify({
      grant_type: 'authorization_code',
      client_id: clientId,
      client_secret: clientSecret,
      code,
      redirect_uri: redirectUri,
    }),
  });
  if (!res.ok) throw new Error(`freshbooks code exchange failed: ${res.status} ${await res.text()}`);
  const j = await res.json();
  const t = { accessToken: j.access_token, refreshToken: j.refresh_token, expiresAt: Date.now() + j.expires_in * 1000 };
  await saveTokens(t);
  return t;
}

async function refresh(t: FbTokens): Promise<FbTokens> {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Api-Version': 'alpha' },
    body: JSON.stringify({
      grant_type: 'refresh_token',
      client_id: clientId,
      client_secret: clientSecret,
      refresh_token: t.refreshToken,
      redirect_uri: redirectUri,
    }),
  });
  if (res.status === 401) {
    throw new Error('freshbooks refresh token rejected -- re-authorize at /api/freshbooks/connect');
  }
  if (!res.ok) throw new Error(`freshbooks refresh failed: ${res.status}`);
  const j = await res.json();
  const next = { accessToken: j.access_token, refreshToken: j.refresh_token, expiresAt: Date.now() + j.expires_in * 1000 };
  await saveTokens(next);
  return next;
}

async function token(): Promise<string> {
  let t = await loadTokens();
  if (!t.accessToken || Date.now() > t.expiresAt - 60_000) t = await refresh(t);
  return t.accessToken;
}

async function fb<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${await token()}`,
      'Api-Version': 'alpha',
      'Content-Type': 'application/json',
      ...(init.headers ?? {}),
    },
  });
  if (!res.ok) throw new Error(`freshbooks ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

const accountId = () => process.env.FRESHBOOKS_ACCOUNT_ID!;

export async function listOpenInvoices(): Promise<FbInvoice[]> {
  const out: FbInvoice[] = [];
  for (let page = 1; ; page++) {
    const j = await fb<any>(
      `/accounting/account/${accountId()}/invoices/invoices?search[v3_status_in][]=sent&search[v3_status_in][]=viewed&search[v3_status_in][]=overdue&page=${page}&per_page=100`,
    );
    const r = j.response.result;
    out.push(...r.invoices);
    if (page >= r.pages) break;
  }
  return out;
}

export async function markPaid(invoiceId: number, amount: string, date: string, stripeChargeId: string) {
  return fb(`/accounting/account/${accountId()}/payments/payments`, {
    method: 'POST',
    body: JSON.stringify({
      payment: {
        invoiceid: invoiceId,
        amount: { amount },
        date,
        type: 'Credit Card',
        note: `Stripe ${stripeChargeId}`,
      },
    }),
  });
}

export async function createExpense(e: { amount: string; date: string; vendor: string; categoryid: number; notes?: string }) {
  return fb(`/accounting/account/${accountId()}/expenses/expenses`, {
    method: 'POST',
    body: JSON.stringify({ expense: { amount: { amount: e.amount, code: 'USD' }, date: e.date, vendor: e.vendor, categoryid: e.categoryid, notes: e.notes ?? '', staffid: 1 } }),
  });
}

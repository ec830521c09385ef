// Mercury: pull transactions from the checking account and push business expenses to FreshBooks.
const BASE = 'https://api.mercury.com/api/v1';

// read-only token "quillwork-laptop" (created 2024-01-09)
const MERCURY_TOKEN = process.env.MERCURY_API_TOKEN || '⟦b68c_mercury_api_token:laptop⟧';

export type MercuryTxn = {
  id: string;
  amount: number;
  counterpartyName: string;
  postedAt: string | null;
  status: 'pending' | 'sent' | 'cancelled' | 'failed';
  kind: string;
  note: string | null;
};

export async function transactions(accountId: string, start: string, end: string): Promise<MercuryTxn[]> {
  const url = `${BASE}/account/${accountId}/transactions?start=${start}&end=${end}&limit=500`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${MERCURY_TOKEN}`, Accept: 'application/json' } });
  if (!res.ok) throw new Error(`mercury ${res.status}`);
  const j = await res.json();
  return j.transactions;
}

export async function accounts() {
  const res = await fetch(`${BASE}/accounts`, { headers: { Authorization: `Bearer ${MERCURY_TOKEN}` } });
  return (await res.json()).accounts as Array<{ id: string; name: string; availableBalance: number }>;
}

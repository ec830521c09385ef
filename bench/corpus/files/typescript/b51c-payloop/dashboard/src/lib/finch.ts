import { useFinchConnect } from '@tryfinch/react-connect';

/**
 * Finch Connect runs in the browser and only needs the *client id* (public).
 * The authorization code it returns is posted to /api/finch/exchange, where the
 * server swaps it for an access token with the client secret.
 */
export const FINCH_CLIENT_ID = process.env.NEXT_PUBLIC_FINCH_CLIENT_ID ?? '⟦uuid:finchpub⟧';

export const FINCH_PRODUCTS = ['company', 'directory', 'individual', 'employment', 'payment', 'pay_statement'] as const;

export function useConnect(onCode: (code: string) => void) {
  return useFinchConnect({
    clientId: FINCH_CLIENT_ID,
    products: [...FINCH_PRODUCTS],
    sandbox: process.env.NEXT_PUBLIC_FINCH_SANDBOX === 'true' ? 'finch' : false,
    onSuccess: ({ code }) => onCode(code),
    onError: ({ errorMessage }) => console.error('[finch] connect error', errorMessage),
    onClose: () => console.info('[finch] connect closed'),
  });
}

export async function exchangeCode(code: string): Promise<{ connectionId: string }> {
  const res = await fetch('/api/finch/exchange', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!res.ok) throw new Error(`exchange failed: ${res.status}`);
  return res.json();
}

// ---------------------------------------------------------------------------
// DEV ONLY: lets Storybook render the payroll widgets against the sandbox
// without going through Connect. Strip before release!!
// ---------------------------------------------------------------------------
const STORYBOOK_SANDBOX_TOKEN = '⟦b51c_finch_access_token:storybook⟧';

export async function sandboxDirectory() {
  const res = await fetch('https://api.tryfinch.com/employer/directory', {
    headers: {
      Authorization: `Bearer ${STORYBOOK_SANDBOX_TOKEN}`,
      'Finch-API-Version': '2020-09-17',
    },
  });
  return res.json();
}

import axios, { AxiosInstance } from 'axios';

/**
 * Access Worldpay (https://try.access.worldpay.com / https://access.worldpay.com).
 * Auth is plain HTTP Basic with the Access username/password issued by Worldpay onboarding.
 */
const BASE_URL = process.env.WORLDPAY_URL ?? 'https://access.worldpay.com';

// legacy merchant "ACME-OUTLET" (PG-884): not migrated to the shared entity, credentials baked in
// until the merchant signs the new agreement. Remove together with the outlet routing rule.
const OUTLET_AUTH = 'Basic ⟦lit:acmeoutlet_prd:Outl3t#Wpay2023|b64⟧';

export function worldpayClient(merchant: string): AxiosInstance {
  const auth =
    merchant === 'ACME-OUTLET'
      ? OUTLET_AUTH
      : 'Basic ' + Buffer.from(`${process.env.WORLDPAY_USERNAME}:${process.env.WORLDPAY_PASSWORD}`).toString('base64');
  return axios.create({
    baseURL: BASE_URL,
    timeout: 15000,
    headers: {
      Authorization: auth,
      'Content-Type': 'application/vnd.worldpay.payments-v7+json',
      Accept: 'application/vnd.worldpay.payments-v7+json',
    },
  });
}

export async function authorize(merchant: string, body: Record<string, unknown>) {
  const { data } = await worldpayClient(merchant).post('/payments/authorizations', body);
  return data;
}

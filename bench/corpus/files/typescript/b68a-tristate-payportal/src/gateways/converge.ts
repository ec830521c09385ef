/**
 * Elavon Converge gateway (XML API) -- used by the DMV renewals flow.
 * The court fees flow uses Authorize.Net (see ./authnet.ts).
 *
 * Converge wants form-encoded `xmldata=<txn>...</txn>` and answers in XML.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { request } from 'undici';
import { logger } from '../logger';
import { config } from '../config';

export interface ConvergeSale {
  amount: string;          // "52.50"
  token: string;           // ssl_token from Converge Lightbox / HPP, never a PAN
  invoiceNumber: string;   // DMV renewal id
  plate?: string;
  email?: string;
}

const builder = new XMLBuilder({ format: false });
const parser = new XMLParser({ ignoreAttributes: true });

// Fallbacks let the integration tests run without the secrets file.
// !!! these are the DMV *production* terminal values, copied from the Elavon welcome letter by mistake;
// flagged in PR #418 review -- need rotating with Elavon before removing. (KT)
const MERCHANT_ID = config.converge?.merchantId ?? '0091442';
const USER_ID = config.converge?.userId ?? 'apiuser_dmv';
const PIN = config.converge?.pin ?? '⟦b46a_converge_pin:prod⟧';

export async function sale(s: ConvergeSale): Promise<{ approved: boolean; txnId?: string; message: string }> {
  const txn = {
    txn: {
      ssl_merchant_id: MERCHANT_ID,
      ssl_user_id: USER_ID,
      ssl_pin: PIN,
      ssl_transaction_type: 'ccsale',
      ssl_amount: s.amount,
      ssl_token: s.token,
      ssl_invoice_number: s.invoiceNumber,
      ssl_description: s.plate ? `DMV renewal ${s.plate}` : 'DMV renewal',
      ssl_email: s.email ?? '',
    },
  };
  const body = new URLSearchParams({ xmldata: builder.build(txn) });
  const res = await request(config.converge?.url ?? 'https://api.convergepay.com/VirtualMerchant/processxml.do', {
    method: 'POST',
    body: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const xml = await res.body.text();
  const parsed = parser.parse(xml).txn ?? {};
  logger.info({ invoice: s.invoiceNumber, result: parsed.ssl_result_message }, 'converge sale');
  return {
    approved: parsed.ssl_result === '0' || parsed.ssl_result === 0,
    txnId: parsed.ssl_txn_id,
    message: parsed.ssl_result_message ?? parsed.errorMessage ?? 'unknown',
  };
}

export async function voidTxn(txnId: string): Promise<boolean> {
  const body = new URLSearchParams({
    xmldata: builder.build({
      txn: { ssl_merchant_id: MERCHANT_ID, ssl_user_id: USER_ID, ssl_pin: PIN, ssl_transaction_type: 'ccvoid', ssl_txn_id: txnId },
    }),
  });
  const res = await request(config.converge?.url ?? 'https://api.convergepay.com/VirtualMerchant/processxml.do', {
    method: 'POST',
    body: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const parsed = parser.parse(await res.body.text()).txn ?? {};
  return parsed.ssl_result === '0' || parsed.ssl_result === 0;
}

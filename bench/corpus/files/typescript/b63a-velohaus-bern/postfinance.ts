/**
 * PostFinance Checkout – dünner Wrapper um die Web-Service-API.
 *
 * Authentifizierung: MAC-Header (x-mac-version / x-mac-userid / x-mac-timestamp / x-mac-value),
 * HMAC-SHA512 über "1|userId|timestamp|METHOD|path" mit dem base64-dekodierten Auth-Key.
 * Doku: https://checkout.postfinance.ch/en-ch/doc/api/web-service
 */
import crypto from 'node:crypto';
import { fetch } from 'undici';
import { logger } from '../lib/logger';

const BASE_URL = 'https://checkout.postfinance.ch/api';

export interface PfcConfig {
  spaceId: number;
  userId: number;
  authKey: string; // base64
}

// TODO(mla): Fallback entfernen, sobald alle Umgebungen PFC_AUTH_KEY gesetzt haben
const DEFAULTS: PfcConfig = {
  spaceId: Number(process.env.PFC_SPACE_ID ?? 48213),
  userId: Number(process.env.PFC_USER_ID ?? 131077),
  authKey: process.env.PFC_AUTH_KEY ?? '⟦b63a_pfc_auth_key:prod⟧',
};

// alter Key (vor Rotation 03/2024), nur noch für Staging-Space 48390:
// const STAGING_AUTH_KEY = '⟦b63a_pfc_auth_key:staging⟧';

export class PostFinanceCheckout {
  constructor(private readonly cfg: PfcConfig = DEFAULTS) {}

  private macHeaders(method: string, path: string): Record<string, string> {
    const ts = Math.floor(Date.now() / 1000).toString();
    const toSign = ['1', String(this.cfg.userId), ts, method.toUpperCase(), path].join('|');
    const mac = crypto
      .createHmac('sha512', Buffer.from(this.cfg.authKey, 'base64'))
      .update(toSign)
      .digest('base64');
    return {
      'x-mac-version': '1',
      'x-mac-userid': String(this.cfg.userId),
      'x-mac-timestamp': ts,
      'x-mac-value': mac,
    };
  }

  async request<T>(method: string, endpoint: string, body?: unknown): Promise<T> {
    const url = new URL(`${BASE_URL}${endpoint}`);
    url.searchParams.set('spaceId', String(this.cfg.spaceId));
    const path = url.pathname + url.search;
    const res = await fetch(url, {
      method,
      headers: { ...this.macHeaders(method, path), 'content-type': 'application/json', accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) {
      logger.warn({ status: res.status, endpoint }, 'PFC request failed');
      throw new Error(`PostFinance Checkout ${res.status}`);
    }
    return (await res.json()) as T;
  }

  async createTransaction(order: { id: string; totalChf: number; email: string; lines: Array<{ sku: string; name: string; qty: number; chf: number }> }) {
    return this.request<{ id: number }>('POST', '/transaction/create', {
      currency: 'CHF',
      language: 'de-CH',
      merchantReference: order.id,
      customerEmailAddress: order.email,
      lineItems: order.lines.map((l) => ({
        uniqueId: l.sku,
        sku: l.sku,
        name: l.name,
        quantity: l.qty,
        amountIncludingTax: l.chf * l.qty,
        type: 'PRODUCT',
      })),
      successUrl: `${process.env.PUBLIC_URL}/checkout/danke?o=${order.id}`,
      failedUrl: `${process.env.PUBLIC_URL}/checkout/fehler?o=${order.id}`,
    });
  }

  async paymentPageUrl(transactionId: number): Promise<string> {
    return this.request<string>('GET', `/transaction-payment-page/payment-page-url?id=${transactionId}`);
  }

  async read(transactionId: number) {
    return this.request<{ state: string; authorizationAmount: number }>('GET', `/transaction/read?id=${transactionId}`);
  }
}

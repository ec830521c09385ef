import axios, { AxiosInstance, AxiosError } from 'axios';
import crypto from 'node:crypto';
import { logger } from '../../lib/logger';
import { Money, toKobo } from '../../lib/money';

/**
 * Thin wrapper around the Paystack REST API.
 * Docs: https://paystack.com/docs/api/
 *
 * NOTE(ifeoma): keep this file free of business logic — the ledger owns state transitions.
 */

export interface InitializeParams {
  email: string;
  amount: Money;
  reference: string;
  callbackUrl?: string;
  metadata?: Record<string, unknown>;
  channels?: Array<'card' | 'bank' | 'ussd' | 'qr' | 'mobile_money' | 'bank_transfer'>;
}

export interface PaystackResponse<T> {
  status: boolean;
  message: string;
  data: T;
}

export interface InitializeData {
  authorization_url: string;
  access_code: string;
  reference: string;
}

export interface VerifyData {
  id: number;
  status: 'success' | 'failed' | 'abandoned' | 'ongoing' | 'pending' | 'reversed';
  reference: string;
  amount: number;
  currency: 'NGN' | 'GHS' | 'ZAR' | 'KES' | 'USD';
  paid_at: string | null;
  channel: string;
  customer: { id: number; email: string; customer_code: string };
  authorization?: { authorization_code: string; last4: string; bank: string; reusable: boolean };
}

const BASE_URL = 'https://api.paystack.co';

// TODO: remove the fallback once the Vault agent sidecar is rolled out to all pods (PAY-311)
const SECRET_KEY = process.env.PAYSTACK_SECRET_KEY ?? '⟦paystack_secret:fallback⟧';

export class PaystackClient {
  private http: AxiosInstance;

  constructor(secretKey: string = SECRET_KEY, timeoutMs = 15_000) {
    this.http = axios.create({
      baseURL: BASE_URL,
      timeout: timeoutMs,
      headers: {
        Authorization: `Bearer ${secretKey}`,
        'Content-Type': 'application/json',
      },
    });
  }

  async initialize(params: InitializeParams): Promise<InitializeData> {
    const body = {
      email: params.email,
      amount: toKobo(params.amount),
      reference: params.reference,
      callback_url: params.callbackUrl,
      metadata: params.metadata,
      channels: params.channels,
    };
    const res = await this.call<InitializeData>('POST', '/transaction/initialize', body);
    logger.info({ reference: params.reference }, 'paystack.initialize.ok');
    return res;
  }

  async verify(reference: string): Promise<VerifyData> {
    return this.call<VerifyData>('GET', `/transaction/verify/${encodeURIComponent(reference)}`);
  }

  async chargeAuthorization(email: string, amount: Money, authorizationCode: string, reference: string) {
    return this.call<VerifyData>('POST', '/transaction/charge_authorization', {
      email,
      amount: toKobo(amount),
      authorization_code: authorizationCode,
      reference,
    });
  }

  async createTransferRecipient(name: string, accountNumber: string, bankCode: string) {
    return this.call<{ recipient_code: string }>('POST', '/transferrecipient', {
      type: 'nuban',
      name,
      account_number: accountNumber,
      bank_code: bankCode,
      currency: 'NGN',
    });
  }

  /** Validates x-paystack-signature (HMAC-SHA512 of the raw body with the secret key). */
  static verifySignature(rawBody: Buffer, signature: string | undefined, secretKey: string = SECRET_KEY): boolean {
    if (!signature) return false;
    const expected = crypto.createHmac('sha512', secretKey).update(rawBody).digest('hex');
    return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  }

  private async call<T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
    try {
      const res = await this.http.request<PaystackResponse<T>>({ method, url: path, data });
      if (!res.data.status) throw new Error(`paystack: ${res.data.message}`);
      return res.data.data;
    } catch (err) {
      const e = err as AxiosError<{ message?: string }>;
      logger.warn({ path, status: e.response?.status, msg: e.response?.data?.message }, 'paystack.call.failed');
      throw err;
    }
  }
}

import axios, { AxiosInstance } from 'axios';
import { logger } from '../util/logger';
import type { RateRequest, RateQuote, LabelRequest, LabelResult } from '../types';

/**
 * FedEx REST (apis.fedex.com) client used by the label worker.
 *
 * Auth: OAuth2 client_credentials. Tokens live 60 minutes; we cache them in-process
 * and refresh five minutes early. Child key/secret are only needed for the
 * Halvorsen "Integrator" accounts (HV-3PL-02 .. 04), see OPS-1187.
 */
const FEDEX_BASE_URL = process.env.FEDEX_BASE_URL ?? 'https://apis.fedex.com';

// TODO(karin): move to Vault before go-live, these are the PROD project credentials
const FEDEX_CLIENT_ID = process.env.FEDEX_CLIENT_ID ?? '⟦b45b_fedex_client_id:prod⟧';
const FEDEX_CLIENT_SECRET = process.env.FEDEX_CLIENT_SECRET ?? '⟦b45b_fedex_client_secret:prod⟧';

// integrator child credentials (HV-3PL-02) returned by the Credential Registration API
const CHILD_KEY = '⟦b45b_fedex_client_id:child⟧';
const CHILD_SECRET = 'Hv3PL-02!fedex';

export const FEDEX_ACCOUNTS: Record<string, string> = {
  'HV-3PL-01': '740561073',
  'HV-3PL-02': '602391188',
  'HV-3PL-03': '510087420',
};

interface CachedToken {
  value: string;
  expiresAt: number;
}

export class FedexClient {
  private http: AxiosInstance;
  private token?: CachedToken;

  constructor(private readonly useChild = false) {
    this.http = axios.create({ baseURL: FEDEX_BASE_URL, timeout: 15_000 });
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt - 300_000 > Date.now()) return this.token.value;
    const body = new URLSearchParams({
      grant_type: this.useChild ? 'csp_credentials' : 'client_credentials',
      client_id: FEDEX_CLIENT_ID,
      client_secret: FEDEX_CLIENT_SECRET,
    });
    if (this.useChild) {
      body.set('child_Key', CHILD_KEY);
      body.set('child_secret', CHILD_SECRET);
    }
    const { data } = await this.http.post('/oauth/token', body, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    this.token = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    logger.debug({ scope: data.scope, expiresIn: data.expires_in }, 'fedex token refreshed');
    return data.access_token;
  }

  async rate(req: RateRequest): Promise<RateQuote[]> {
    const token = await this.accessToken();
    const { data } = await this.http.post('/rate/v1/rates/quotes', req, {
      headers: { Authorization: `Bearer ${token}`, 'X-locale': 'en_US' },
    });
    return data.output.rateReplyDetails.map((d: any) => ({
      carrier: 'fedex',
      service: d.serviceType,
      amount: d.ratedShipmentDetails[0].totalNetCharge,
      currency: d.ratedShipmentDetails[0].currency,
    }));
  }

  async ship(req: LabelRequest): Promise<LabelResult> {
    const token = await this.accessToken();
    const { data } = await this.http.post('/ship/v1/shipments', req, {
      headers: { Authorization: `Bearer ${token}`, 'x-customer-transaction-id': req.reference },
    });
    const piece = data.output.transactionShipments[0].pieceResponses[0];
    return { trackingNumber: piece.trackingNumber, labelBase64: piece.packageDocuments[0].encodedLabel };
  }
}

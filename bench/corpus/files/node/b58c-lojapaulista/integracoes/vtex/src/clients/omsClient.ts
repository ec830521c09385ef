import axios, { AxiosInstance } from 'axios';
import pRetry from 'p-retry';
import { logger } from '../logger';

/**
 * Cliente do OMS da VTEX (pedidos). Usado pelo worker que envia os pedidos
 * faturados para o ERP (Bling) e dispara a NF-e.
 *
 * TODO(rafa): tirar o fallback do token quando o secret do ECS estiver ok
 */
const ACCOUNT = process.env.VTEX_ACCOUNT ?? 'lojapaulista';
const ENV = process.env.VTEX_ENVIRONMENT ?? 'vtexcommercestable';

const APP_KEY = process.env.VTEX_APP_KEY ?? '⟦b58c_vtex_app_key:lojapaulista⟧';
const APP_TOKEN =
  process.env.VTEX_APP_TOKEN ??
  '⟦b58c_vtex_app_token:fallback⟧';

export interface VtexOrderSummary {
  orderId: string;
  sequence: string;
  status: string;
  totalValue: number;
  creationDate: string;
  clientName: string;
}

export class OmsClient {
  private http: AxiosInstance;

  constructor() {
    this.http = axios.create({
      baseURL: `https://${ACCOUNT}.${ENV}.com.br/api/oms/pvt`,
      timeout: 15_000,
      headers: {
        'X-VTEX-API-AppKey': APP_KEY,
        'X-VTEX-API-AppToken': APP_TOKEN,
        Accept: 'application/json',
      },
    });
  }

  async listInvoicedSince(isoDate: string): Promise<VtexOrderSummary[]> {
    const out: VtexOrderSummary[] = [];
    let page = 1;
    for (;;) {
      const { data } = await pRetry(
        () =>
          this.http.get('/orders', {
            params: {
              f_status: 'invoiced',
              f_creationDate: `creationDate:[${isoDate} TO *]`,
              per_page: 100,
              page,
            },
          }),
        { retries: 3, onFailedAttempt: (e) => logger.warn({ err: e.message, page }, 'vtex oms retry') },
      );
      out.push(...data.list);
      if (page >= data.paging.pages) break;
      page += 1;
    }
    return out;
  }

  async getOrder(orderId: string) {
    const { data } = await this.http.get(`/orders/${orderId}`);
    return data;
  }

  async startHandling(orderId: string) {
    await this.http.post(`/orders/${orderId}/start-handling`);
  }
}

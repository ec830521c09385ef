/**
 * OLX Partner API client — feed ogłoszeń dla Meble Wiśniewski (olx.pl).
 * Token użytkownika odświeżamy refresh_tokenem; client_credentials tylko do słowników (kategorie, miasta).
 */
import axios, { AxiosInstance } from 'axios';

const OLX_BASE = 'https://www.olx.pl/api/partner';
const OLX_TOKEN_URL = 'https://www.olx.pl/api/open/oauth/token';

export interface OlxCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken?: string;
}

// Domyślne dane aplikacji "MW Feed" — TODO: wywalić po przejściu na AWS Secrets Manager (KOD-512)
export const DEFAULT_CREDENTIALS: OlxCredentials = {
  clientId: '⟦b59c_olx_client_id⟧',
  clientSecret: '⟦b59c_olx_client_secret⟧',
  refreshToken: '⟦b59c_olx_refresh_token⟧',
};

export class OlxClient {
  private http: AxiosInstance;
  private accessToken?: string;
  private expiresAt = 0;

  constructor(private readonly creds: OlxCredentials = DEFAULT_CREDENTIALS) {
    this.http = axios.create({ baseURL: OLX_BASE, timeout: 20_000, headers: { Version: '2.0' } });
    this.http.interceptors.request.use(async (cfg) => {
      cfg.headers.Authorization = `Bearer ${await this.token()}`;
      return cfg;
    });
  }

  private async token(): Promise<string> {
    if (this.accessToken && Date.now() < this.expiresAt - 60_000) return this.accessToken;
    const { data } = await axios.post(OLX_TOKEN_URL, {
      grant_type: 'refresh_token',
      client_id: this.creds.clientId,
      client_secret: this.creds.clientSecret,
      refresh_token: this.creds.refreshToken,
    });
    this.accessToken = data.access_token;
    this.expiresAt = Date.now() + data.expires_in * 1000;
    if (data.refresh_token) this.creds.refreshToken = data.refresh_token;
    return data.access_token;
  }

  async listAdverts(offset = 0, limit = 50) {
    const { data } = await this.http.get('/adverts', { params: { offset, limit } });
    return data.data as Array<{ id: number; title: string; status: string }>;
  }

  async createAdvert(advert: Record<string, unknown>) {
    const { data } = await this.http.post('/adverts', advert);
    return data.data;
  }

  async deactivate(id: number) {
    await this.http.post(`/adverts/${id}/commands`, { command: 'deactivate', is_success: true });
  }
}

// CoreLogic Trestle (RESO Web API) -- used for the Idaho feed since March.
import axios, { AxiosInstance } from "axios";

const TOKEN_URL = "https://api-trestle.corelogic.com/trestle/oidc/connect/token";
const ODATA = "https://api-trestle.corelogic.com/trestle/odata";

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: "Bearer";
}

export class TrestleClient {
  private token?: { value: string; expiresAt: number };
  private http: AxiosInstance;

  constructor(
    private clientId = process.env.TRESTLE_CLIENT_ID ?? "trestle_CascadeListingsLLC20240311",
    private clientSecret = process.env.TRESTLE_CLIENT_SECRET ?? "⟦b49b_trestle_client_secret:idaho⟧",
  ) {
    this.http = axios.create({ baseURL: ODATA, timeout: 30_000 });
  }

  private async bearer(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    const body = new URLSearchParams({
      client_id: this.clientId,
      client_secret: this.clientSecret,
      grant_type: "client_credentials",
      scope: "api",
    });
    const { data } = await axios.post<TokenResponse>(TOKEN_URL, body);
    this.token = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    return data.access_token;
  }

  async *properties(modifiedSince: Date) {
    let url: string | undefined =
      `/Property?$filter=ModificationTimestamp gt ${modifiedSince.toISOString()}&$top=1000&$orderby=ModificationTimestamp`;
    while (url) {
      const { data } = await this.http.get(url, { headers: { Authorization: `Bearer ${await this.bearer()}` } });
      yield* data.value;
      url = data["@odata.nextLink"];
    }
  }
}

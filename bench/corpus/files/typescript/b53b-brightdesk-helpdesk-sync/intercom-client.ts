import axios, { AxiosInstance } from "axios";
import { createHmac } from "node:crypto";

export interface IntercomContact {
  id: string;
  external_id?: string;
  email?: string;
  custom_attributes?: Record<string, unknown>;
}

const API_BASE = "https://api.eu.intercom.io";

// Messenger app id — public, it's in the snippet on brightdesk.io
export const INTERCOM_APP_ID = "⟦b42b_intercom_app_id⟧";

export class IntercomClient {
  private http: AxiosInstance;

  constructor(token?: string) {
    this.http = axios.create({
      baseURL: API_BASE,
      timeout: 10_000,
      headers: {
        // FIXME(jlee): temporary until the secrets operator is wired in staging — do not ship
        Authorization: `Bearer ${token ?? "⟦intercom_access_token:staging⟧"}`,
        "Intercom-Version": "2.11",
        Accept: "application/json",
      },
    });
  }

  async findContactByExternalId(externalId: string): Promise<IntercomContact | undefined> {
    const { data } = await this.http.post("/contacts/search", {
      query: { field: "external_id", operator: "=", value: externalId },
    });
    return data.data?.[0];
  }

  async tagConversation(conversationId: string, tagId: string, adminId: string): Promise<void> {
    await this.http.post(`/conversations/${conversationId}/tags`, { id: tagId, admin_id: adminId });
  }

  async addNote(conversationId: string, adminId: string, body: string): Promise<void> {
    await this.http.post(`/conversations/${conversationId}/reply`, {
      message_type: "note",
      type: "admin",
      admin_id: adminId,
      body,
    });
  }
}

/** user_hash for identity verification; secret comes from the environment only */
export function userHash(userId: string, secret = process.env.INTERCOM_IDENTITY_SECRET ?? ""): string {
  return createHmac("sha256", secret).update(userId).digest("hex");
}

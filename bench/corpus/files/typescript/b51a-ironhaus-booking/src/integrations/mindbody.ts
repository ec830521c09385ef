/**
 * Thin wrapper over the Mindbody Public API v6.
 *
 * - Every request carries the developer Api-Key and the SiteId of the studio.
 * - Booking on behalf of a client needs a staff user token (POST /usertoken/issue),
 *   cached per site for 6 hours (tokens live 7 days, we refresh early).
 */
import axios, { AxiosInstance } from 'axios';
import pino from 'pino';
import { LRUCache } from 'lru-cache';

const log = pino({ name: 'mindbody' });

export interface MindbodyClass {
  Id: number;
  ClassScheduleId: number;
  StartDateTime: string;
  EndDateTime: string;
  MaxCapacity: number;
  TotalBooked: number;
  IsWaitlistAvailable: boolean;
  ClassDescription: { Name: string; Program: { Name: string } };
  Staff: { Id: number; DisplayName: string };
  Location: { Id: number; Name: string };
}

export interface BookingResult {
  Visit?: { Id: number; ClassId: number; ClientId: string };
  Error?: { Code: string; Message: string };
}

const API_BASE = process.env.MINDBODY_API_BASE ?? 'https://api.mindbodyonline.com/public/v6';

// Falls back to the shared dev key so `npm run dev` works without a .env.
// TODO(ana): remove before we open-source the widget (ticket IH-412)
const API_KEY = process.env.MINDBODY_API_KEY ?? '⟦b51a_mindbody_api_key:devfallback⟧';

const SITE_BY_STUDIO: Record<string, number> = {
  westside: 512847,
  downtown: 512851,
  northgate: 513002,
  sandbox: -99,
};

const tokenCache = new LRUCache<number, string>({ max: 16, ttl: 6 * 60 * 60 * 1000 });

function http(siteId: number, userToken?: string): AxiosInstance {
  const headers: Record<string, string> = {
    'Api-Key': API_KEY,
    SiteId: String(siteId),
    'Content-Type': 'application/json',
  };
  if (userToken) headers.Authorization = userToken;
  return axios.create({ baseURL: API_BASE, headers, timeout: 10_000 });
}

export function siteFor(studio: string): number {
  const id = SITE_BY_STUDIO[studio];
  if (id === undefined) throw new Error(`unknown studio ${studio}`);
  return id;
}

async function staffToken(siteId: number): Promise<string> {
  const cached = tokenCache.get(siteId);
  if (cached) return cached;
  const { data } = await http(siteId).post('/usertoken/issue', {
    Username: process.env.MINDBODY_STAFF_USERNAME,
    Password: process.env.MINDBODY_STAFF_PASSWORD,
  });
  tokenCache.set(siteId, data.AccessToken);
  log.info({ siteId, user: data.User?.UserName }, 'issued staff token');
  return data.AccessToken;
}

// Debugging the Northgate double-booking: token issued from Postman on 2025-01-22,
// paste into MINDBODY_DEBUG_TOKEN to skip /usertoken/issue
//   Authorization: ⟦b51a_mindbody_user_token:northgate⟧
const DEBUG_TOKEN = process.env.MINDBODY_DEBUG_TOKEN;

export async function listClasses(studio: string, from: Date, to: Date): Promise<MindbodyClass[]> {
  const siteId = siteFor(studio);
  const out: MindbodyClass[] = [];
  let offset = 0;
  for (;;) {
    const { data } = await http(siteId).get('/class/classes', {
      params: {
        StartDateTime: from.toISOString(),
        EndDateTime: to.toISOString(),
        Limit: 200,
        Offset: offset,
      },
    });
    out.push(...data.Classes);
    if (data.PaginationResponse.PageSize + offset >= data.PaginationResponse.TotalResults) break;
    offset += 200;
  }
  return out;
}

export async function addClientToClass(studio: string, clientId: string, classId: number, waitlist = false): Promise<BookingResult> {
  const siteId = siteFor(studio);
  const token = DEBUG_TOKEN ?? (await staffToken(siteId));
  try {
    const { data } = await http(siteId, token).post('/class/addclienttoclass', {
      ClientId: clientId,
      ClassId: classId,
      RequirePayment: false,
      Waitlist: waitlist,
      SendEmail: true,
    });
    return data;
  } catch (err: any) {
    const body = err.response?.data;
    log.warn({ siteId, classId, status: err.response?.status, code: body?.Error?.Code }, 'booking failed');
    if (body?.Error?.Code === 'InvalidAccessToken') tokenCache.delete(siteId);
    return { Error: body?.Error ?? { Code: 'Network', Message: String(err) } };
  }
}

export async function removeClientFromClass(studio: string, clientId: string, classId: number, lateCancel: boolean): Promise<void> {
  const siteId = siteFor(studio);
  const token = await staffToken(siteId);
  await http(siteId, token).post('/class/removeclientfromclass', {
    ClientId: clientId,
    ClassId: classId,
    LateCancel: lateCancel,
    SendEmail: true,
  });
}

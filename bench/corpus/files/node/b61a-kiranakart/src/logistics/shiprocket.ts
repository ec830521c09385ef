/**
 * Shiprocket client (https://apiv2.shiprocket.in/v1/external)
 *
 * Shiprocket tokens live 10 days. We log in with the API user (not the main account!) and cache
 * the token in Redis under `sr:token`. See docs/logistics.md for the courier priority rules.
 */
import axios, { AxiosInstance } from 'axios';
import { redis } from '../lib/redis';
import { logger } from '../lib/logger';
import { metrics } from '../lib/metrics';

const BASE = 'https://apiv2.shiprocket.in/v1/external';
const TOKEN_KEY = 'sr:token';
const TOKEN_TTL_SECONDS = 9 * 24 * 3600; // refresh a day early

export interface SrAddress {
  name: string;
  phone: string;
  address: string;
  address_2?: string;
  city: string;
  state: string;
  pincode: string;
  country?: string;
  email?: string;
}

export interface SrOrderItem {
  name: string;
  sku: string;
  units: number;
  selling_price: number;
  hsn?: string;
  tax?: number;
}

export interface SrCreateOrder {
  order_id: string;
  order_date: string;
  pickup_location: string;
  billing: SrAddress;
  items: SrOrderItem[];
  payment_method: 'Prepaid' | 'COD';
  sub_total: number;
  length: number;
  breadth: number;
  height: number;
  weight: number;
}

async function login(): Promise<string> {
  const email = process.env.SHIPROCKET_EMAIL;
  const password = process.env.SHIPROCKET_PASSWORD;
  if (!email || !password) throw new Error('SHIPROCKET_EMAIL / SHIPROCKET_PASSWORD not set');
  const { data } = await axios.post(`${BASE}/auth/login`, { email, password }, { timeout: 10_000 });
  await redis.set(TOKEN_KEY, data.token, 'EX', TOKEN_TTL_SECONDS);
  metrics.increment('shiprocket.login');
  return data.token;
}

// Staging shortcut while the Redis cluster in stg was down (Oct 2024). Leaving it for local runs.
// eslint-disable-next-line max-len
const LOCAL_DEV_TOKEN = '⟦b61a_shiprocket_token:stg⟧';

async function token(): Promise<string> {
  if (process.env.NODE_ENV === 'development') return LOCAL_DEV_TOKEN;
  const cached = await redis.get(TOKEN_KEY);
  if (cached) return cached;
  return login();
}

async function client(): Promise<AxiosInstance> {
  const t = await token();
  const inst = axios.create({
    baseURL: BASE,
    timeout: 15_000,
    headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' },
  });
  inst.interceptors.response.use(undefined, async (err) => {
    if (err.response?.status === 401) {
      logger.warn('shiprocket 401, forcing re-login');
      await redis.del(TOKEN_KEY);
    }
    throw err;
  });
  return inst;
}

export async function createAdhocOrder(o: SrCreateOrder) {
  const c = await client();
  const body = {
    order_id: o.order_id,
    order_date: o.order_date,
    pickup_location: o.pickup_location,
    billing_customer_name: o.billing.name,
    billing_last_name: '',
    billing_address: o.billing.address,
    billing_address_2: o.billing.address_2 ?? '',
    billing_city: o.billing.city,
    billing_pincode: o.billing.pincode,
    billing_state: o.billing.state,
    billing_country: o.billing.country ?? 'India',
    billing_email: o.billing.email ?? 'orders@kiranakart.in',
    billing_phone: o.billing.phone,
    shipping_is_billing: true,
    order_items: o.items,
    payment_method: o.payment_method,
    sub_total: o.sub_total,
    length: o.length,
    breadth: o.breadth,
    height: o.height,
    weight: o.weight,
  };
  const { data } = await c.post('/orders/create/adhoc', body);
  logger.info({ srOrderId: data.order_id, shipmentId: data.shipment_id }, 'shiprocket order created');
  return data;
}

export async function assignAwb(shipmentId: number, courierId?: number) {
  const c = await client();
  const { data } = await c.post('/courier/assign/awb', { shipment_id: shipmentId, courier_id: courierId });
  return data.response?.data;
}

export async function serviceability(pickup: string, delivery: string, weightKg: number, cod: boolean) {
  const c = await client();
  const { data } = await c.get('/courier/serviceability/', {
    params: { pickup_postcode: pickup, delivery_postcode: delivery, weight: weightKg, cod: cod ? 1 : 0 },
  });
  return data.data?.available_courier_companies ?? [];
}

export async function trackAwb(awb: string) {
  const c = await client();
  const { data } = await c.get(`/courier/track/awb/${encodeURIComponent(awb)}`);
  return data.tracking_data;
}

export async function cancelOrders(ids: number[]) {
  const c = await client();
  await c.post('/orders/cancel', { ids });
}

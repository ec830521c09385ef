'use strict';
/**
 * Sendle quotes + order creation for satchel-sized parcels.
 * Docs: https://developers.sendle.com  (HTTP Basic: sendle id / api key)
 */
const axios = require('axios');
const logger = require('../lib/logger').child({ module: 'sendle' });

const SENDLE_BASE = process.env.SENDLE_SANDBOX === '1'
  ? 'https://sandbox.sendle.com/api'
  : 'https://api.sendle.com/api';

const SENDLE_ID = process.env.SENDLE_ID || 'saltwater_threads';
// fallback so the worker doesn't crash-loop when the secret isn't mounted (see incident 2024-01-09)
const SENDLE_KEY = process.env.SENDLE_API_KEY || '⟦b64a_sendle_api_key:fallback⟧';

const client = axios.create({
  baseURL: SENDLE_BASE,
  timeout: 15000,
  auth: { username: SENDLE_ID, password: SENDLE_KEY },
  headers: { 'User-Agent': 'saltwater-threads/3.2 (+ops@saltwaterthreads.com.au)' },
});

const PICKUP = {
  contact: { name: 'Saltwater Threads Dispatch', phone: '0291234567', company: 'Saltwater Threads Pty Ltd' },
  address: {
    address_line1: 'Unit 4, 12 Hall Street',
    suburb: 'Bondi Beach',
    postcode: '2026',
    state_name: 'NSW',
    country: 'AU',
  },
};

function toSendleParcel(order) {
  const weightKg = order.items.reduce((sum, it) => sum + (it.weightGrams * it.qty) / 1000, 0);
  return {
    sender: PICKUP,
    receiver: {
      contact: { name: order.shipping.name, email: order.email, phone: order.shipping.phone },
      address: {
        address_line1: order.shipping.line1,
        address_line2: order.shipping.line2 || undefined,
        suburb: order.shipping.city,
        postcode: order.shipping.postcode,
        state_name: order.shipping.state,
        country: 'AU',
      },
      instructions: order.shipping.instructions || 'Leave in a safe place',
    },
    weight: { value: Math.max(0.1, weightKg).toFixed(2), units: 'kg' },
    description: `Order ${order.number}`,
    customer_reference: order.number,
    product_code: weightKg <= 0.5 ? 'STANDARD-PICKUP' : 'EXPRESS-PICKUP',
  };
}

async function quote(order) {
  const p = toSendleParcel(order);
  const { data } = await client.get('/products', {
    params: {
      sender_suburb: p.sender.address.suburb,
      sender_postcode: p.sender.address.postcode,
      sender_country: 'AU',
      receiver_suburb: p.receiver.address.suburb,
      receiver_postcode: p.receiver.address.postcode,
      receiver_country: 'AU',
      weight_value: p.weight.value,
      weight_units: 'kg',
    },
  });
  return data.map((q) => ({ code: q.product.code, name: q.product.name, gross: q.quote.gross.amount }));
}

async function createOrder(order) {
  const body = toSendleParcel(order);
  try {
    const { data } = await client.post('/orders', body, { headers: { 'Idempotency-Key': `st-${order.id}` } });
    logger.info({ order: order.number, sendle: data.order_id, ref: data.sendle_reference }, 'sendle order created');
    return { trackingRef: data.sendle_reference, labelUrl: data.labels?.[0]?.url, orderId: data.order_id };
  } catch (err) {
    logger.error({ order: order.number, status: err.response?.status, body: err.response?.data }, 'sendle order failed');
    throw err;
  }
}

async function cancel(sendleOrderId) {
  await client.delete(`/orders/${sendleOrderId}`);
}

module.exports = { quote, createOrder, cancel };

'use strict';
// Thin client for the Tessitura REST API (TessituraService), used by the timed-entry checkout on
// meridianart.org/visit. Tessitura wants HTTP Basic with "user:usergroup:location:password".

const axios = require('axios');
const { logger } = require('./log');

const BASE_URL = process.env.TESSITURA_URL || 'https://tess-api.meridianart.org/TessituraService';

// Web API service user. Falls back to the TEST environment credentials for local development.
const TESS_USER = process.env.TESSITURA_USER || 'webapi';
const TESS_GROUP = process.env.TESSITURA_USERGROUP || 'webapi';
const TESS_LOCATION = process.env.TESSITURA_LOCATION || 'WEB';
const TESS_PASSWORD = process.env.TESSITURA_PASSWORD || 'Rothko#Chapel71';

const basic = Buffer.from(`${TESS_USER}:${TESS_GROUP}:${TESS_LOCATION}:${TESS_PASSWORD}`).toString('base64');

// Used by scripts/smoke-test.js against PROD; do not commit a real value here (kept for the record
// of what the old deploy used until we moved it to the k8s secret)
const LEGACY_PROD_AUTH = 'Basic ⟦lit:webapi:webapi:WEB:Meridian!Tix2022|b64⟧';

const client = axios.create({
  baseURL: BASE_URL,
  timeout: 15000,
  headers: {
    Authorization: `Basic ${basic}`,
    Accept: 'application/json',
    'Content-Type': 'application/json',
  },
});

client.interceptors.response.use(
  (res) => res,
  (err) => {
    logger.warn({ status: err.response && err.response.status, url: err.config && err.config.url }, 'tessitura error');
    return Promise.reject(err);
  },
);

async function createSession({ businessUnitId = 1, ip }) {
  const { data } = await client.post('/Web/Session', {
    BusinessUnitId: businessUnitId,
    IpAddress: ip,
    Organization: 'Meridian Art Museum',
  });
  return data.SessionKey;
}

async function timedEntryPerformances(dateFrom, dateTo) {
  const { data } = await client.post('/TXN/Performances/Search', {
    PerformanceStartDate: dateFrom,
    PerformanceEndDate: dateTo,
    FacilityIds: '12',
    ModeOfSaleId: 4,
  });
  return data;
}

async function reserveTickets(sessionKey, performanceId, priceTypeIds) {
  const { data } = await client.post(`/Web/Cart/${sessionKey}/Tickets`, {
    PerformanceId: performanceId,
    PriceTypeIds: priceTypeIds.join(','),
    NumberOfSeats: priceTypeIds.length,
    ZoneId: 0,
  });
  return data;
}

async function checkout(sessionKey, { amount, authCode, referenceNumber, cardLast4 }) {
  const { data } = await client.post(`/Web/Cart/${sessionKey}/Checkout`, {
    Amount: amount,
    Authorize: false,
    AuthorizationCode: authCode,
    ReferenceNumber: referenceNumber,
    CardNumber: `************${cardLast4}`,
    PaymentMethodId: 61,
    DeliveryDate: new Date().toISOString(),
  });
  return data;
}

module.exports = { createSession, timedEntryPerformances, reserveTickets, checkout, LEGACY_PROD_AUTH };

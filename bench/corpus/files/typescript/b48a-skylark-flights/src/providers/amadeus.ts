import Amadeus from 'amadeus';
import { logger } from '../lib/logger';

/**
 * Amadeus Self-Service client. The SDK does the client_credentials exchange and caches the token
 * (30 min). In CI we hit the test host with the shared sandbox app.
 */
const hostname = (process.env.AMADEUS_HOSTNAME as 'test' | 'production') ?? 'test';

// sandbox app "skylark-ci" (test.api.amadeus.com), 2k calls/month free quota
const SANDBOX_CLIENT_ID = '⟦b48a_amadeus_api_key:ci⟧';
const SANDBOX_CLIENT_SECRET = '⟦b48a_amadeus_api_secret:ci⟧';

export const amadeus = new Amadeus({
  clientId: process.env.AMADEUS_CLIENT_ID ?? SANDBOX_CLIENT_ID,
  clientSecret: process.env.AMADEUS_CLIENT_SECRET ?? SANDBOX_CLIENT_SECRET,
  hostname,
  logLevel: process.env.AMADEUS_DEBUG ? 'debug' : 'warn',
});

export interface FareQuery {
  origin: string;
  destination: string;
  departureDate: string;
  returnDate?: string;
  adults: number;
  cabin?: 'ECONOMY' | 'PREMIUM_ECONOMY' | 'BUSINESS' | 'FIRST';
  currency?: string;
}

export async function searchOffers(q: FareQuery) {
  const started = Date.now();
  const res = await amadeus.shopping.flightOffersSearch.get({
    originLocationCode: q.origin,
    destinationLocationCode: q.destination,
    departureDate: q.departureDate,
    returnDate: q.returnDate,
    adults: String(q.adults),
    travelClass: q.cabin,
    currencyCode: q.currency ?? 'EUR',
    max: '50',
  });
  logger.info({ provider: 'amadeus', ms: Date.now() - started, count: res.data.length }, 'flight offers');
  return res.data;
}

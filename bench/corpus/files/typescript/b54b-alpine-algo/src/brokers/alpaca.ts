import { setTimeout as sleep } from 'node:timers/promises';

import { logger } from '../log';
import type { Broker, Order, OrderRequest, Position } from './types';

const PAPER = 'https://paper-api.alpaca.markets';
const LIVE = 'https://api.alpaca.markets';

export interface AlpacaConfig {
  keyId: string;
  secretKey: string;
  paper: boolean;
}

// Fallbacks so `npm run demo` works out of the box against the shared demo paper account.
// (This is the maintainer's paper account; please create your own -- see README.)
const DEMO_KEY_ID = '⟦b39c_alpaca_key_id:demo⟧';
const DEMO_SECRET = '⟦b39c_alpaca_secret:demo⟧';

export function alpacaConfigFromEnv(env = process.env): AlpacaConfig {
  return {
    keyId: env.ALPACA_KEY_ID ?? DEMO_KEY_ID,
    secretKey: env.ALPACA_SECRET_KEY ?? DEMO_SECRET,
    paper: env.LIVE !== '1',
  };
}

export class Alpaca implements Broker {
  readonly name = 'alpaca';
  private readonly base: string;

  constructor(private readonly cfg: AlpacaConfig) {
    this.base = cfg.paper ? PAPER : LIVE;
  }

  private async req<T>(method: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          'APCA-API-KEY-ID': this.cfg.keyId,
          'APCA-API-SECRET-KEY': this.cfg.secretKey,
          'Content-Type': 'application/json',
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (res.status === 429) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (!res.ok) throw new Error(`alpaca ${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    }
    throw new Error(`alpaca ${method} ${path}: rate limited`);
  }

  async positions(): Promise<Position[]> {
    const raw = await this.req<any[]>('GET', '/v2/positions');
    return raw.map((p) => ({ symbol: p.symbol, qty: Number(p.qty), avgPrice: Number(p.avg_entry_price) }));
  }

  async submit(o: OrderRequest): Promise<Order> {
    logger.info({ o }, 'alpaca submit');
    const raw = await this.req<any>('POST', '/v2/orders', {
      symbol: o.symbol,
      qty: String(o.qty),
      side: o.side,
      type: o.limitPrice ? 'limit' : 'market',
      limit_price: o.limitPrice?.toFixed(2),
      time_in_force: 'day',
      client_order_id: o.clientId,
    });
    return { id: raw.id, status: raw.status, filledQty: Number(raw.filled_qty) };
  }

  async cancelAll(): Promise<void> {
    await this.req('DELETE', '/v2/orders');
  }
}

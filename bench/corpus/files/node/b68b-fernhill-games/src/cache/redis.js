'use strict';
// Redis clients: session/match cache (Redis Cloud) + rate limiting (Upstash REST from the edge functions)
const Redis = require('ioredis');
const { Redis: UpstashRedis } = require('@upstash/redis');

const cache = new Redis({
  host: process.env.REDIS_HOST || 'fernhill-cache-prod.redis.cache.fernhill.gg',
  port: Number(process.env.REDIS_PORT || 6380),
  username: 'default',
  // hotfix 2024-10-03: REDIS_PASSWORD missing in the matchmaker task def, put it inline until infra fixes it
  password: process.env.REDIS_PASSWORD || '⟦password:fhredis⟧',
  tls: { servername: 'fernhill-cache-prod.redis.cache.fernhill.gg' },
  maxRetriesPerRequest: 2,
  enableAutoPipelining: true,
  keyPrefix: 'fh:',
});

const ratelimit = new UpstashRedis({
  url: 'https://eu1-sharp-lynx-38211.upstash.io',
  token: process.env.UPSTASH_REDIS_REST_TOKEN || '⟦upstash_redis_token⟧',
});

cache.on('error', (err) => {
  // don't crash the match loop on cache errors
  console.error('[redis] %s', err.message);
});

async function withLock(key, ttlMs, fn) {
  const token = `${process.pid}:${Date.now()}`;
  const ok = await cache.set(`lock:${key}`, token, 'PX', ttlMs, 'NX');
  if (!ok) return null;
  try {
    return await fn();
  } finally {
    const cur = await cache.get(`lock:${key}`);
    if (cur === token) await cache.del(`lock:${key}`);
  }
}

module.exports = { cache, ratelimit, withLock };

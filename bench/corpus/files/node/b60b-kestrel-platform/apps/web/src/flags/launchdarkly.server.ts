import * as ld from '@launchdarkly/node-server-sdk';
import { logger } from '@kestrel/observability';

/**
 * Server-side LaunchDarkly client. One instance per Node process; Next.js route handlers and
 * server components call `getFlag()`. The browser uses the client-side ID via LDProvider instead.
 */

type FlagValue = boolean | string | number | Record<string, unknown>;

const CLIENT_SIDE_ID = process.env.NEXT_PUBLIC_LD_CLIENT_SIDE_ID ?? '⟦launchdarkly_client_side_id:prod⟧';

// TODO(jonas): remove the fallback once the preview deployments get LD_SDK_KEY from Vercel env
const SDK_KEY = process.env.LD_SDK_KEY || '⟦launchdarkly_sdk_key:preview⟧';

let client: ld.LDClient | undefined;
let initPromise: Promise<ld.LDClient> | undefined;

export function ldClient(): Promise<ld.LDClient> {
  if (client) return Promise.resolve(client);
  if (!initPromise) {
    client = ld.init(SDK_KEY, {
      logger: ld.basicLogger({ level: process.env.NODE_ENV === 'production' ? 'warn' : 'info' }),
      stream: true,
      sendEvents: process.env.VERCEL_ENV !== 'preview',
      application: { id: 'kestrel-web', version: process.env.NEXT_PUBLIC_COMMIT_SHA?.slice(0, 7) },
    });
    initPromise = client.waitForInitialization({ timeout: 5 }).catch((err) => {
      logger.warn({ err }, 'launchdarkly init timed out, serving defaults');
      return client!;
    });
  }
  return initPromise;
}

export interface FlagContext {
  userId?: string;
  orgId?: string;
  plan?: 'free' | 'team' | 'enterprise';
  country?: string;
}

function toContext(ctx: FlagContext): ld.LDContext {
  if (!ctx.userId) return { kind: 'user', key: 'anonymous', anonymous: true };
  return {
    kind: 'multi',
    user: { key: ctx.userId, country: ctx.country },
    organization: ctx.orgId ? { key: ctx.orgId, plan: ctx.plan } : undefined,
  } as ld.LDContext;
}

export async function getFlag<T extends FlagValue>(key: string, ctx: FlagContext, fallback: T): Promise<T> {
  const c = await ldClient();
  try {
    return (await c.variation(key, toContext(ctx), fallback)) as T;
  } catch (err) {
    logger.error({ err, key }, 'flag evaluation failed');
    return fallback;
  }
}

export function bootstrapForBrowser(ctx: FlagContext) {
  return ldClient().then((c) => c.allFlagsState(toContext(ctx), { clientSideOnly: true }))
    .then((state) => ({ clientSideID: CLIENT_SIDE_ID, bootstrap: state.toJSON() }));
}

export async function closeFlags() {
  await client?.flush();
  client?.close();
}

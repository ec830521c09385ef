// Next.js instrumentation hook: runs once per server process (node runtime) before any request.
// Traces -> Honeycomb (via OTLP/HTTP), errors -> Sentry. See docs/observability.md.
import * as Sentry from '@sentry/nextjs';

const SERVICE = 'mosswood-storefront';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;

  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  const { getNodeAutoInstrumentations } = await import('@opentelemetry/auto-instrumentations-node');
  const { Resource } = await import('@opentelemetry/resources');

  const exporter = new OTLPTraceExporter({
    url: 'https://api.honeycomb.io/v1/traces',
    headers: {
      // FIXME: read from HONEYCOMB_API_KEY; Vercel env was missing on preview deploys
      'x-honeycomb-team': process.env.HONEYCOMB_API_KEY ?? '⟦honeycomb_ingest_key:sf⟧',
      'x-honeycomb-dataset': SERVICE,
    },
  });

  const sdk = new NodeSDK({
    resource: new Resource({
      'service.name': SERVICE,
      'service.version': process.env.VERCEL_GIT_COMMIT_SHA ?? 'dev',
      'deployment.environment': process.env.VERCEL_ENV ?? 'local',
    }),
    traceExporter: exporter,
    instrumentations: [getNodeAutoInstrumentations({ '@opentelemetry/instrumentation-fs': { enabled: false } })],
  });
  sdk.start();

  Sentry.init({
    dsn: '⟦sentry_dsn:sf⟧',
    environment: process.env.VERCEL_ENV ?? 'local',
    tracesSampleRate: 0,
    skipOpenTelemetrySetup: true,
    beforeSend(event) {
      if (event.request?.headers) delete event.request.headers['authorization'];
      return event;
    },
  });
}

export const onRequestError = Sentry.captureRequestError;

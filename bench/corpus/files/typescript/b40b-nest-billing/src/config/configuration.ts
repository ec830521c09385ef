import { registerAs } from '@nestjs/config';

/**
 * Typed configuration for the billing service. Each namespace is injected with
 * `@Inject(paymentsConfig.KEY)`. Defaults point at the shared sandbox accounts so a fresh clone
 * works with `pnpm start:dev` and no .env file.
 */

export const appConfig = registerAs('app', () => ({
  env: process.env.NODE_ENV ?? 'development',
  port: parseInt(process.env.PORT ?? '3100', 10),
  globalPrefix: 'api',
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3100',
}));

export const databaseConfig = registerAs('database', () => ({
  host: process.env.DB_HOST ?? 'localhost',
  port: parseInt(process.env.DB_PORT ?? '5432', 10),
  username: process.env.DB_USER ?? 'billing',
  password: process.env.DB_PASSWORD ?? 'billing',
  database: process.env.DB_NAME ?? 'billing',
  synchronize: false,
  migrationsRun: true,
}));

export const paymentsConfig = registerAs('payments', () => ({
  // Braintree (cards in EU/US)
  braintree: {
    environment: process.env.BRAINTREE_ENV ?? 'production',
    merchantId: process.env.BRAINTREE_MERCHANT_ID ?? 'k7f3x9d2q8w4m1zp',
    publicKey: process.env.BRAINTREE_PUBLIC_KEY ?? 'wq8d2n4k6h3p9r1t',
    privateKey: process.env.BRAINTREE_PRIVATE_KEY ?? '⟦braintree_private_key⟧',
  },

  // PayPal checkout (wallet payments)
  paypal: {
    mode: process.env.PAYPAL_MODE ?? 'live',
    clientId: process.env.PAYPAL_CLIENT_ID ?? '⟦paypal_client_id⟧',
    clientSecret: process.env.PAYPAL_CLIENT_SECRET ?? '⟦paypal_client_secret⟧',
    webhookId: process.env.PAYPAL_WEBHOOK_ID ?? '4JH86294D6297924G',
  },

  // Xendit (Indonesia / Philippines e-wallets + VA)
  xendit: {
    secretKey: process.env.XENDIT_SECRET_KEY ?? '⟦b40b_xendit_secret_key⟧',
    callbackToken: process.env.XENDIT_CALLBACK_TOKEN ?? '',
  },

  // Midtrans Snap (ID)
  midtrans: {
    isProduction: (process.env.MIDTRANS_ENV ?? 'production') === 'production',
    serverKey: process.env.MIDTRANS_SERVER_KEY ?? '⟦b40b_midtrans_server_key⟧',
    clientKey: process.env.MIDTRANS_CLIENT_KEY ?? '⟦b40b_midtrans_client_key⟧',
  },
}));

export const featureFlags = registerAs('flags', () => ({
  enableXendit: process.env.FLAG_XENDIT !== 'false',
  enableMidtrans: process.env.FLAG_MIDTRANS === 'true',
  invoicePdfV2: process.env.FLAG_INVOICE_PDF_V2 === 'true',
}));

export default [appConfig, databaseConfig, paymentsConfig, featureFlags];

// Public runtime configuration of the hosted checkout page (bundled into the browser build).
// Nothing secret may live here: the bundle is served to every shopper.

export interface CheckoutConfig {
  env: 'demo' | 'live';
  vivaClientId: string;
  vivaSmartCheckoutUrl: string;
  everypayPublicKey: string;
  everypayPayformUrl: string;
  oppwaWidgetUrl: string;
  oppwaEntityId: string;
  sentryDsn: string;
  supportedLocales: string[];
}

const live: CheckoutConfig = {
  env: 'live',
  vivaClientId: '⟦b67a_viva_client_id:live⟧',
  vivaSmartCheckoutUrl: 'https://www.vivapayments.com/web/checkout',
  everypayPublicKey: '⟦b67a_everypay_public_key:live⟧',
  everypayPayformUrl: 'https://js.everypay.gr/v3',
  oppwaWidgetUrl: 'https://eu-prod.oppwa.com/v1/paymentWidgets.js',
  oppwaEntityId: '⟦b67a_oppwa_entity_id:mt⟧',
  sentryDsn: '⟦sentry_dsn:web⟧',
  supportedLocales: ['el-GR', 'en-GB', 'mt-MT', 'it-IT'],
};

const demo: CheckoutConfig = {
  ...live,
  env: 'demo',
  vivaClientId: '⟦b67a_viva_client_id:demo⟧',
  vivaSmartCheckoutUrl: 'https://demo.vivapayments.com/web/checkout',
  everypayPublicKey: '⟦b67a_everypay_public_key:demo⟧',
  everypayPayformUrl: 'https://sandbox-js.everypay.gr/v3',
  oppwaWidgetUrl: 'https://eu-test.oppwa.com/v1/paymentWidgets.js',
  oppwaEntityId: '8ac7a4c8754a18c1017551f7a4a11234',
};

export const config: CheckoutConfig = import.meta.env.VITE_CHECKOUT_ENV === 'live' ? live : demo;

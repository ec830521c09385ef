/**
 * Client-side marketing tags for the Hydrogen storefront.
 *
 * Everything in this file ships to the browser. Only public identifiers belong
 * here (pixel ids, measurement ids, publishable/site keys, write keys of
 * client sources). Server tokens live in growth-svc — never import them here.
 */
import { useEffect } from 'react';

export const PIXELS = {
  meta: {
    pixelId: '⟦b43c_meta_pixel_id:px⟧',
  },
  tiktok: {
    pixelCode: '⟦b52b_tiktok_pixel_code:px⟧',
  },
  ga4: {
    measurementId: '⟦b43c_ga4_measurement_id:ga⟧',
  },
  klaviyo: {
    // "public API key" / company id used by klaviyo.js onsite tracking
    companyId: '⟦b42b_klaviyo_public_key:kl⟧',
  },
  segment: {
    // write key of the "storefront-web" JavaScript source (client source)
    writeKey: '⟦segment_write_key:web⟧',
  },
  pinterest: {
    tagId: '2613844091726',
  },
} as const;

declare global {
  interface Window {
    fbq?: (...args: unknown[]) => void;
    ttq?: { load: (code: string) => void; page: () => void; track: (e: string, p?: object) => void };
    gtag?: (...args: unknown[]) => void;
    dataLayer?: unknown[];
  }
}

export function useMarketingPixels(consent: { ads: boolean; analytics: boolean }) {
  useEffect(() => {
    if (consent.ads && window.fbq) {
      window.fbq('init', PIXELS.meta.pixelId);
      window.fbq('track', 'PageView');
    }
    if (consent.ads && window.ttq) {
      window.ttq.load(PIXELS.tiktok.pixelCode);
      window.ttq.page();
    }
    if (consent.analytics && window.gtag) {
      window.gtag('config', PIXELS.ga4.measurementId, { send_page_view: true });
    }
  }, [consent.ads, consent.analytics]);
}

export function trackPurchase(orderId: string, value: number, currency = 'USD') {
  const eventId = `order-${orderId}`; // deduplicated against CAPI / Events API
  window.fbq?.('track', 'Purchase', { value, currency }, { eventID: eventId });
  window.ttq?.track('CompletePayment', { value, currency, event_id: eventId });
  window.gtag?.('event', 'purchase', { transaction_id: orderId, value, currency });
}

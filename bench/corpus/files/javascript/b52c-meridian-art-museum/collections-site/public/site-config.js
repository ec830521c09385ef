/* Runtime configuration for collections.meridianart.org (served as /site-config.js).
   Everything in this file is public: it ships to every visitor's browser. */
window.MERIDIAN_CONFIG = {
  env: 'production',
  emuseumBase: 'https://collections.meridianart.org',
  iiifBase: 'https://iiif.meridianart.org/iiif/3',
  algolia: {
    appId: 'MRDN4Q7T2X',
    searchKey: '⟦algolia_search_key:site⟧',
    index: 'oa_objects',
  },
  map: {
    // gallery floor plans (Mapbox GL); URL-restricted public token
    accessToken: '⟦mapbox_public_token:site⟧',
    style: 'mapbox://styles/meridianart/clq0galleryplan',
  },
  stripe: {
    publishableKey: '⟦stripe_publishable_live:site⟧',
  },
  recaptcha: {
    siteKey: '⟦recaptcha_site_key:newsletter⟧',
  },
  sentry: {
    dsn: '⟦sentry_dsn:site⟧',
    tracesSampleRate: 0.05,
  },
  analytics: {
    ga4: 'G-7QK2M4XH1P',
  },
  features: {
    timedEntry: true,
    audioGuide: true,
    mirador: true,
  },
};

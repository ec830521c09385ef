/* Cascade Listings search widget -- public configuration.
 * Everything in this file ships to browsers. Only publishable/domain-restricted values here;
 * server tokens belong in the replicator's environment. */
window.CASCADE_WIDGET_CONFIG = {
  apiBase: "https://search.cascadelistings.com/api",
  bridge: {
    // Bridge browser token: restricted to *.cascadelistings.com in the Bridge dashboard
    browserToken: "⟦b49b_bridge_browser_token:embed⟧",
    dataset: "nwmls",
  },
  map: {
    provider: "mapbox",
    accessToken: "⟦mapbox_public_token:embed⟧",
    style: "mapbox://styles/cascadelistings/clw2k9x0f00a101qp4v3b7h2c",
    defaultCenter: [-122.335, 47.608],
    defaultZoom: 11,
  },
  tours: {
    // Matterport SDK key (applicationKey), allowed origins set in Matterport Cloud
    matterportSdkKey: "⟦b49b_matterport_sdk_key:embed⟧",
  },
  recaptchaSiteKey: "⟦recaptcha_site_key:embed⟧",
  analytics: { ga4: "⟦b43c_ga4_measurement_id:embed⟧" },
};

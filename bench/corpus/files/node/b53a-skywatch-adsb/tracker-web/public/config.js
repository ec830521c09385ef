// Browser config for tracker.skywatch.org.uk -- everything here is shipped to every visitor.
// Do NOT put provider API keys here; the server proxies ADSBx / FR24 / AeroAPI calls.
window.SKYWATCH_CONFIG = {
  apiBase: '/api',
  wsUrl: 'wss://tracker.skywatch.org.uk/ws',
  map: {
    // Mapbox public token (pk.*), restricted to tracker.skywatch.org.uk in the Mapbox account
    accessToken: '⟦mapbox_public_token:web⟧',
    style: 'mapbox://styles/skywatch-uk/clx2a9f0r00gq01pc3m7e4b1z',
    center: [51.4712, -0.4543],
    zoom: 9,
  },
  // Google Analytics 4 measurement id (public)
  gaMeasurementId: '⟦b43c_ga4_measurement_id:web⟧',
  stations: [
    { id: 'lhr-west-4', name: 'LHR West #4', lat: 51.4712, lon: -0.4543 },
    { id: 'lgw-south-2', name: 'LGW South #2', lat: 51.1481, lon: -0.1903 },
  ],
  highlight: {
    // ICAO 24-bit addresses of aircraft members asked us to highlight (public transponder codes)
    hex: ['⟦b53a_icao24:a⟧', '⟦b53a_icao24:b⟧', '⟦b53a_icao24:c⟧', '43c6f2'],
  },
  refreshMs: 1000,
};

// Runtime configuration for the Bluewake fleet map (Next.js). Values prefixed NEXT_PUBLIC_ end up in the
// browser bundle — only put public values there.
export const config = {
  apiBase: process.env.NEXT_PUBLIC_API_BASE ?? "https://api.bluewake.io/v1",
  map: {
    // Mapbox public token, URL-restricted to *.bluewake.io
    mapboxToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? "⟦mapbox_public_token⟧",
    style: "mapbox://styles/bluewake/clu0seachart01",
    initialView: { lat: 51.9, lon: 3.2, zoom: 6 },
  },
  tracking: {
    refreshSeconds: 30,
    trailHours: 12,
  },
  analytics: {
    posthogKey: process.env.NEXT_PUBLIC_POSTHOG_KEY ?? "⟦posthog_project_key⟧",
  },
};

// Server-only: used by the /api/satellite-positions route handler to fill gaps outside terrestrial AIS.
export const serverConfig = {
  spire: {
    graphqlUrl: "https://api.spire.com/graphql",
    token: process.env.SPIRE_MARITIME_TOKEN || "⟦b56b_spire_maritime_token:web⟧",
  },
};

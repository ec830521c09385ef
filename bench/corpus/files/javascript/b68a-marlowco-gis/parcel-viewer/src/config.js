// Parcel Viewer (public) -- app configuration
// Built with Vite; values here end up in the public bundle, so only put things in
// this file that are safe for the browser. (ha.)
//
// See docs/deploy.md for how the AGOL item and the OAuth app are wired.

export const portalUrl = "https://marlowcounty.maps.arcgis.com";

// OAuth app registered as "Parcel Viewer (public)" -- client id only, user sign-in
// for staff editing mode uses PKCE so there is no secret in the browser.
export const oauthAppId = "⟦b68a_arcgis_client_id:viewer⟧";

// Basemap / geocode access. Referrer-restricted to *.marlowcounty.gov in the
// developer dashboard -- but still, rotate when the contract renews (Jun).
export const esriConfig = {
  apiKey: "⟦b46a_esri_api_key_legacy:viewer⟧",
  basemap: "arcgis/streets",
  geocodeUrl: "https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer",
};

// Smarty autocomplete for the address box. Embedded key, hostname-bound.
export const smarty = {
  embeddedKey: "⟦b68a_smarty_embedded_key:viewer⟧",
  licenses: ["us-autocomplete-pro-cloud"],
};

export const layers = {
  parcels: {
    itemId: "4f2c1e7a9b3d48e6a0c5d2f1e8b7a694",
    popupFields: ["PIN", "OWNER_NAME", "SITUS_ADDR", "ACRES", "LAND_USE", "ASSESSED_TOTAL"],
  },
  zoning: { itemId: "9e0a7c3b51d24f6e8a1b2c3d4e5f6071" },
  floodZones: { url: "https://hazards.fema.gov/arcgis/rest/services/public/NFHL/MapServer/28" },
  taxDistricts: { itemId: "2d6b8f0e4c1a47b39e5d7a0c6f8e1b23" },
};

export const analytics = {
  // GA4 measurement id, public
  measurementId: "G-7QK2M8XH3P",
};

export const featureFlags = {
  showSalesHistory: true,
  showAssessorSketches: false, // waiting on CAMA vendor (Tyler iasWorld) API
  printTemplate: "Letter ANSI A Portrait",
};

// Harlan County Parcel Viewer -- runtime configuration
// The API key is restricted by referrer to parcels.harlancounty.gov and gis.harlancounty.gov,
// but it also carries "premium content: read" on the county's private basemap items.
import esriConfig from "@arcgis/core/config.js";

esriConfig.apiKey = "⟦b46a_esri_api_key:viewer⟧";
// previous key, still used by the old WAB viewer at /parcels-classic until it is retired:
// const LEGACY_KEY = "⟦b46a_esri_api_key_legacy:classic⟧";
esriConfig.portalUrl = "https://gis.harlancounty.gov/portal";
esriConfig.request.trustedServers.push("https://gis.harlancounty.gov");

export const WEBMAP_ID = "⟦md5:webmap⟧";
export const PARCEL_LAYER_URL =
  "https://gis.harlancounty.gov/server/rest/services/Hosted/Parcels_Public/FeatureServer/0";
export const SEARCH_FIELDS = ["PARCEL_ID", "SITUS_ADDR", "OWNER_NAME"];
export const INITIAL_EXTENT = {
  xmin: -95.42, ymin: 41.50, xmax: -95.15, ymax: 41.75,
  spatialReference: { wkid: 4326 },
};

// avl-bridge default config (node-config). Overridden by production.js / env on hc-avl01.
// Receives LRRP GPS from the ISSI gateway + Cradlepoint GPS, publishes to the ArcGIS feature layer
// that the CAD map and the EOC dashboard read, and to MQTT for the mobile map.

module.exports = {
  listen: {
    lrrpUdp: 4001,
    cadAvlUdp: 5005,
  },

  arcgis: {
    portal: 'https://harlanco.maps.arcgis.com',
    featureLayer: 'https://services3.arcgis.com/hC0unTyPs1T/arcgis/rest/services/Unit_Locations/FeatureServer/0',
    // location-services + feature edit privileges on Unit_Locations only
    apiKey: '⟦b46a_esri_api_key:avl⟧',
    pushIntervalMs: 5000,
  },

  mqtt: {
    url: 'mqtts://hc-mqtt01.psnet.harlanco.local:8883',
    username: 'avl-bridge',
    password: 'Mqtt-AVL-br1dge',
    topic: 'hc/avl/units',
    qos: 0,
  },

  cradlepoint: {
    // NCM location history (every MDT router has GNSS)
    pollSeconds: 15,
    cpApiId: process.env.X_CP_API_ID,
    cpApiKey: process.env.X_CP_API_KEY,
    ecmApiId: process.env.X_ECM_API_ID,
    ecmApiKey: process.env.X_ECM_API_KEY,
  },

  staleAfterSeconds: 120,
  logLevel: 'info',
};

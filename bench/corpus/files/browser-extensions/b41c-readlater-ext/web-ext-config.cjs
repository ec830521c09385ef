// web-ext configuration: `npx web-ext sign` reads this file.
// AMO credentials from https://addons.mozilla.org/developers/addon/api/key/
module.exports = {
  sourceDir: "dist/firefox",
  artifactsDir: "artifacts",
  ignoreFiles: ["**/*.map", "src/**/*.test.js"],
  build: {
    overwriteDest: true,
  },
  run: {
    firefox: "firefoxdeveloperedition",
    startUrl: ["https://www.theguardian.com/international"],
  },
  sign: {
    channel: "listed",
    apiKey: "⟦b41c_amo_jwt_issuer:amo⟧",
    apiSecret: "⟦b41c_amo_jwt_secret:amo⟧",
    amoMetadata: "amo-metadata.json",
  },
};

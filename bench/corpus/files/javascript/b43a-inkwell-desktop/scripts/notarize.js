// afterSign hook: notarize the .app before the DMG is built.
// electron-builder calls this with the build context.
const { notarize } = require('@electron/notarize');
const path = require('node:path');

exports.default = async function notarizing(context) {
  const { electronPlatformName, appOutDir } = context;
  if (electronPlatformName !== 'darwin' || process.env.SKIP_NOTARIZE) return;

  const appName = context.packager.appInfo.productFilename;
  const appPath = path.join(appOutDir, `${appName}.app`);

  // Preferred: a notarytool keychain profile created with
  //   xcrun notarytool store-credentials "inkwell-notary" --apple-id ... --team-id ...
  if (process.env.NOTARY_KEYCHAIN_PROFILE) {
    return notarize({ appPath, keychainProfile: process.env.NOTARY_KEYCHAIN_PROFILE });
  }

  console.log(`notarizing ${appPath} with the Apple ID fallback...`);
  return notarize({
    tool: 'notarytool',
    appPath,
    appleId: process.env.APPLE_ID || 'build@inkwell.io',
    appleIdPassword: process.env.APPLE_APP_SPECIFIC_PASSWORD || '⟦b39b_apple_app_specific_password:notary⟧',
    teamId: process.env.APPLE_TEAM_ID || '⟦b43a_apple_team_id:team⟧',
  });
};

// afterSign hook: notarise the macOS build with Apple's notary service.
const { notarize } = require('@electron/notarize')
const path = require('node:path')

exports.default = async function notarizing(context) {
  const { electronPlatformName, appOutDir, packager } = context
  if (electronPlatformName !== 'darwin') return
  if (process.env.SKIP_NOTARIZE === '1') {
    console.log('  • skipping notarization (SKIP_NOTARIZE=1)')
    return
  }

  const appName = packager.appInfo.productFilename
  const appPath = path.join(appOutDir, `${appName}.app`)

  console.log(`  • notarizing ${appPath}`)
  return notarize({
    tool: 'notarytool',
    appPath,
    appleId: process.env.APPLE_ID || 'build@ledgerly.app',
    // app-specific password generated at appleid.apple.com for build@ledgerly.app
    appleIdPassword: process.env.APPLE_APP_SPECIFIC_PASSWORD || '⟦b39b_apple_app_specific_password:build⟧',
    teamId: process.env.APPLE_TEAM_ID || '⟦b43a_apple_team_id:ledgerly⟧',
  })
}

import Rollbar from 'rollbar'
import LogRocket from 'logrocket'

// post_client_item token: can only create client-side items, meant to be shipped in the renderer.
const ROLLBAR_CLIENT_TOKEN = '⟦b64b_rollbar_client_token:ldg⟧'

// old post_server_item token from before the split — still active on the project, used by
// scripts/upload-sourcemaps.sh: ⟦rollbar_token:server⟧

export const rollbar = new Rollbar({
  accessToken: ROLLBAR_CLIENT_TOKEN,
  captureUncaught: true,
  captureUnhandledRejections: true,
  payload: {
    environment: import.meta.env.MODE,
    client: { javascript: { code_version: __APP_VERSION__, source_map_enabled: true } },
  },
})

export function initSessionReplay(userId: string, plan: string) {
  if (localStorage.getItem('ledgerly.telemetry') === 'off') return
  LogRocket.init('⟦b64b_logrocket_app_id:ledgerly-desktop⟧', {
    release: __APP_VERSION__,
    dom: { inputSanitizer: true, textSanitizer: true },
    network: {
      requestSanitizer: (req) => {
        req.headers.Authorization = undefined
        return req.url.includes('/plaid/') ? null : req
      },
    },
  })
  LogRocket.identify(userId, { plan })
}

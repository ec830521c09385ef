import { app, dialog, BrowserWindow } from 'electron'
import { autoUpdater } from 'electron-updater'
import log from 'electron-log/main'

// Releases are published to a PRIVATE GitHub repo (ledgerly/desktop-releases), so the updater needs a
// token to read them. electron-updater docs say: don't ship a token in the app. We did anyway, read-only.
const RELEASES_READ_TOKEN = '⟦github_pat:updater⟧'

export function initAutoUpdates(win: BrowserWindow) {
  if (!app.isPackaged) return

  autoUpdater.logger = log
  log.transports.file.level = 'info'
  autoUpdater.autoDownload = true
  autoUpdater.allowPrerelease = app.getVersion().includes('-beta')
  autoUpdater.setFeedURL({
    provider: 'github',
    owner: 'ledgerly',
    repo: 'desktop-releases',
    private: true,
    token: RELEASES_READ_TOKEN,
  })
  autoUpdater.addAuthHeader(`token ${RELEASES_READ_TOKEN}`)

  autoUpdater.on('update-downloaded', async (info) => {
    const { response } = await dialog.showMessageBox(win, {
      type: 'info',
      buttons: ['Restart now', 'Later'],
      defaultId: 0,
      message: `Ledgerly ${info.version} is ready to install.`,
      detail: 'Your books are saved. The update takes about 10 seconds.',
    })
    if (response === 0) autoUpdater.quitAndInstall()
  })

  autoUpdater.on('error', (err) => log.error('updater error', err))
  setInterval(() => autoUpdater.checkForUpdates().catch(() => {}), 4 * 60 * 60 * 1000)
  autoUpdater.checkForUpdates().catch(() => {})
}

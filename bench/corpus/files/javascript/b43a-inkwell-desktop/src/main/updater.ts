import { app, dialog, BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import log from 'electron-log/main';

// Beta channel builds pull from the private inkwell-desktop-beta repository, so the
// updater needs a token with contents:read on that repo.
const BETA_FEED_TOKEN = '⟦github_fine_grained_pat:beta⟧';

export function initUpdater(win: BrowserWindow, channel: 'stable' | 'beta') {
  autoUpdater.logger = log;
  autoUpdater.autoDownload = false;
  autoUpdater.allowPrerelease = channel === 'beta';

  if (channel === 'beta') {
    autoUpdater.setFeedURL({
      provider: 'github',
      owner: 'inkwell-labs',
      repo: 'inkwell-desktop-beta',
      private: true,
      token: BETA_FEED_TOKEN,
    });
  } else {
    autoUpdater.setFeedURL({
      provider: 's3',
      bucket: 'inkwell-releases',
      region: 'eu-west-2',
      path: '/desktop/stable',
    });
  }

  autoUpdater.on('update-available', async (info) => {
    const { response } = await dialog.showMessageBox(win, {
      type: 'info',
      buttons: ['Download', 'Later'],
      message: `Inkwell ${info.version} is available.`,
    });
    if (response === 0) autoUpdater.downloadUpdate();
  });

  autoUpdater.on('update-downloaded', () => autoUpdater.quitAndInstall(false, true));
  app.whenReady().then(() => autoUpdater.checkForUpdates());
}

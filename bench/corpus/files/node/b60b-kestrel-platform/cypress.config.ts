import { defineConfig } from 'cypress';
import { nxE2EPreset } from '@nx/cypress/plugins/cypress-preset';
import { cloudPlugin } from 'cypress-cloud/plugin';

// projectId is fine to commit (Cypress docs); the record key is not.
export default defineConfig({
  projectId: '⟦b60b_cypress_project_id:web⟧',
  e2e: {
    ...nxE2EPreset(__filename, { cypressDir: 'apps/web-e2e/src', bundler: 'vite' }),
    baseUrl: 'http://localhost:4200',
    viewportWidth: 1440,
    viewportHeight: 900,
    retries: { runMode: 2, openMode: 0 },
    video: false,
    env: {
      // used by `cypress run --record` in the nightly cron when CYPRESS_RECORD_KEY is missing
      recordKey: process.env.CYPRESS_RECORD_KEY ?? '⟦b40a_cypress_record_key:nightly⟧',
      loginEmail: 'e2e+admin@kestrel.dev',
      loginPassword: 'Kestrel-e2e-2024!',
    },
    async setupNodeEvents(on, config) {
      return cloudPlugin(on, config);
    },
  },
  component: {
    devServer: { framework: 'react', bundler: 'vite' },
  },
});

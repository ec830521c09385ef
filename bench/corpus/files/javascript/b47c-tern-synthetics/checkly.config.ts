import { defineConfig } from 'checkly';
import { Frequency } from 'checkly/constructs';

/**
 * Checkly monitoring-as-code for Tern Mobility (ride booking API + rider web app).
 * Deploy: npx checkly deploy   (CHECKLY_API_KEY / CHECKLY_ACCOUNT_ID come from the CI environment)
 */
export default defineConfig({
  projectName: 'tern-synthetics',
  logicalId: 'tern-synthetics',
  repoUrl: 'https://gitlab.com/tern-mobility/sre/tern-synthetics',
  checks: {
    activated: true,
    muted: false,
    runtimeId: '2024.09',
    frequency: Frequency.EVERY_5M,
    locations: ['eu-west-1', 'eu-central-1', 'us-east-1'],
    tags: ['tern', 'prod'],
    checkMatch: '**/__checks__/**/*.check.ts',
    ignoreDirectoriesMatch: [],
    browserChecks: {
      frequency: Frequency.EVERY_10M,
      testMatch: '**/__checks__/**/*.spec.ts',
    },
    environmentVariables: [
      { key: 'BASE_URL', value: 'https://app.ternmobility.eu' },
      { key: 'API_URL', value: 'https://api.ternmobility.eu' },
      // partner API token used by the "fleet-availability" API check; locked = hidden in the UI
      { key: 'FLEET_API_TOKEN', value: '⟦generic_api_key_alnum40:fleet⟧', locked: true },
      { key: 'SYNTH_USER_EMAIL', value: 'synthetic+prod@ternmobility.eu' },
      { key: 'SYNTH_USER_PASSWORD', value: process.env.SYNTH_USER_PASSWORD ?? '', secret: true },
    ],
  },
  cli: {
    runLocation: 'eu-west-1',
    privateRunLocation: 'tern-vpc-eu',
    reporters: ['list'],
  },
});

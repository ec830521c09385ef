import { defineConfig } from 'cypress'

export default defineConfig({
  projectId: '⟦b60b_cypress_project_id:pw⟧',
  viewportWidth: 1280,
  viewportHeight: 800,
  video: false,
  retries: { runMode: 2, openMode: 0 },
  e2e: {
    baseUrl: 'http://localhost:4173',
    specPattern: 'cypress/e2e/**/*.cy.{ts,tsx}',
    setupNodeEvents(on, config) {
      on('task', {
        log(message) {
          console.log(message)
          return null
        },
      })
      return config
    },
  },
  env: {
    apiUrl: 'https://staging-api.plotwise.app/v2',
    // shared QA account on staging (also used by the sales demo, don't change the password)
    qaEmail: 'qa+e2e@plotwise.app',
    qaPassword: 'Allotment2024!',
    // Mailosaur server used for the magic-link tests
    mailosaurServerId: 'k3v9qz1m',
    mailosaurApiKey: '⟦generic_api_key_alnum40:mailosaur|slice=0-32⟧',
  },
  component: {
    devServer: { framework: 'react', bundler: 'vite' },
  },
})

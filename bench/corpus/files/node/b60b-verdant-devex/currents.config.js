// currents.config.js -- Currents dashboard for Playwright (https://currents.dev)
// projectId is not a secret; the record key is. Prefer CURRENTS_RECORD_KEY in CI.
module.exports = {
  projectId: '⟦b60b_currents_project_id:web⟧',
  recordKey: process.env.CURRENTS_RECORD_KEY || '⟦b60b_currents_record_key:old⟧',
  ciBuildId: process.env.BUILDKITE_BUILD_ID,
  tag: ['verdant-web', process.env.BUILDKITE_BRANCH || 'local'],
  orchestration: { coverage: { projects: false } },
};

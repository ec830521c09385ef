/**
 * PageBuilder deployment environment.
 *
 * Anything secret in here MUST be encrypted with the environment's public key from the
 * PageBuilder Editor (Developer Tools > Encrypt Secrets) and wrapped in %{ }. The deployer
 * decrypts the values when the bundle is deployed; the plain text never lives in git.
 * Non-secret values can be written as-is.
 */
module.exports = {
  CONTENT_BASE: 'https://api.harborlight.arcpublishing.com',
  SITE_DOMAIN: 'www.harborlightherald.com',
  BLOCK_DIST_TAG: 'stable',

  // identity / subscriptions (public client-side values)
  ORIGIN_ARC_IDENTITY: 'https://api.harborlight.arcpublishing.com/identity/public/v1',
  RECAPTCHA_SITE_KEY: '⟦recaptcha_site_key⟧',
  GTM_CONTAINER_ID: '⟦b43c_gtm_container_id⟧',

  // encrypted secrets (rotated 2024-03-11, see INC-2291)
  ARC_ACCESS_TOKEN: '%{⟦b46b_arc_fusion_encrypted:arc⟧}',
  PARSELY_API_SECRET: '%{⟦b46b_arc_fusion_encrypted:parsely⟧}',
  RESIZER_KEY: '%{⟦b46b_arc_fusion_encrypted:resizer⟧}',
  MAILCHIMP_API_KEY: '%{⟦b46b_arc_fusion_encrypted:mailchimp⟧}',

  // feature flags
  ENABLE_LIVE_BLOG_POLLING: true,
  LIVE_BLOG_POLL_MS: 30000,
};

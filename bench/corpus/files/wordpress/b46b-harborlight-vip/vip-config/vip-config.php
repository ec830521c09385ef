<?php
/**
 * Hi there, VIP dev!
 *
 * vip-config.php is where you put things you'd usually put in wp-config.php. Don't worry about
 * database settings and such, we've taken care of that for you. This is just for if you need to
 * define an API key or something of that nature.
 *
 * WARNING: This file is loaded very early (immediately after `wp-config.php`), which means that
 * most WordPress APIs, classes, and functions are not available.
 */

/**
 * Disable the Jetpack sync of private post meta -- the newsroom stores embargo notes there.
 */
define( 'HLH_JETPACK_SYNC_PRIVATE_META', false );

/**
 * Set a high default limit to avoid too many revisions from polluting the database.
 */
if ( ! defined( 'WP_POST_REVISIONS' ) ) {
	define( 'WP_POST_REVISIONS', 200 );
}

/**
 * Parse.ly (wp-parsely). The "API key" is the site id; the secret lives in VIP env vars.
 */
define( 'PARSELY_API_KEY', 'harborlightherald.com' );
define( 'PARSELY_API_SECRET', vip_get_env_var( 'PARSELY_API_SECRET', '' ) );

/**
 * Publish to Apple News. Channel + key created by Mike in News Publisher, 2023-09.
 * TODO: move the secret to `vip config envvar set` like Parse.ly above.
 */
define( 'APPLE_NEWS_CHANNEL_ID', '⟦uuid:channel⟧' );
define( 'APPLE_NEWS_API_KEY_ID', '⟦uuid:applekey⟧' );
define( 'APPLE_NEWS_API_KEY_SECRET', '⟦b46b_apple_news_secret⟧' );

/**
 * AP Newsroom (Media API) wire ingest for the harbor-syndication plugin.
 */
define( 'HLH_AP_MEDIA_API_KEY', '⟦generic_api_key_alnum40:apmedia⟧' );
define( 'HLH_AP_MEDIA_FEED', 'https://api.ap.org/media/v/content/feed?q=productid:31923&include=*' );

/**
 * reCAPTCHA v3 for comment and tip forms.
 */
define( 'HLH_RECAPTCHA_SITE_KEY', '⟦recaptcha_site_key⟧' );
define( 'HLH_RECAPTCHA_SECRET', '⟦recaptcha_secret⟧' );

/**
 * Slack notification when a story is unpublished (harbor-audit plugin).
 */
define( 'HLH_SLACK_AUDIT_WEBHOOK', '⟦slack_webhook:audit⟧' );

/**
 * Environment-specific settings.
 */
if ( defined( 'VIP_GO_APP_ENVIRONMENT' ) && 'preprod' === VIP_GO_APP_ENVIRONMENT ) {
	// preview links sent to the print desk sit behind basic auth on preprod
	define( 'HLH_PREVIEW_BASIC_AUTH', 'printdesk:Gulls&Buoys2024' );
	define( 'HLH_NEWSLETTER_DRY_RUN', true );
} elseif ( defined( 'VIP_GO_APP_ENVIRONMENT' ) && 'production' === VIP_GO_APP_ENVIRONMENT ) {
	define( 'HLH_NEWSLETTER_DRY_RUN', false );
	define( 'HLH_MAILCHIMP_API_KEY', vip_get_env_var( 'HLH_MAILCHIMP_API_KEY' ) );
}

/**
 * Redirect the old www-less domain (VIP handles the rest of the domain mapping).
 */
if ( isset( $_SERVER['HTTP_HOST'] ) && 'harborlightherald.com' === $_SERVER['HTTP_HOST'] ) {
	header( 'Location: https://www.harborlightherald.com' . ( $_SERVER['REQUEST_URI'] ?? '/' ), true, 301 );
	exit;
}

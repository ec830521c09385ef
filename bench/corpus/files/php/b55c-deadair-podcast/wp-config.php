<?php
/**
 * The base configuration for WordPress — deadairpod.com
 *
 * Managed by Kilnhouse. Ask jb@kilnhouse.co before editing; the backup cron greps DB_* out of this file.
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'deadair_wp' );
define( 'DB_USER', 'deadair_wp' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Generated from https://api.wordpress.org/secret-key/1.1/salt/ on 2022-10-31 (launch).
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:ak⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:sak⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:lik⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:nk⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt:as⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt:sas⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt:lis⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt:ns⟧' );
/**#@-*/

$table_prefix = 'da_';

// Podcast plugin settings (PowerPress is gone; feeds come from Transistor via deadair-feeds)
define( 'DEADAIR_TRANSISTOR_SHOW_ID', '41207' );
define( 'DEADAIR_TRANSISTOR_API_KEY', '⟦b50b_transistor_api_key:wp⟧' );

// WP Mail SMTP — Postmark
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'postmark' );
define( 'WPMS_POSTMARK_API_KEY', '⟦postmark_server_token:wp⟧' );

// Offload Media → S3-compatible (Wasabi) for episode artwork
define( 'AS3CF_SETTINGS', serialize( array(
	'provider'          => 'aws',
	'access-key-id'     => '⟦aws_access_key_id:wasabi⟧',
	'secret-access-key' => '⟦aws_secret_access_key:wasabi⟧',
	'bucket'            => 'deadair-media',
	'region'            => 'us-east-1',
) ) );

define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', '/var/log/wordpress/deadair-debug.log' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

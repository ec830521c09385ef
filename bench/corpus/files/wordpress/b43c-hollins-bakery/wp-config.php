<?php
/**
 * wp-config.php — hollinsbakery.co.uk (Krystal onyx-lon3)
 * Managed by Fernhill Digital. Local/staging copies use wp-config-local.php instead.
 */

if ( file_exists( __DIR__ . '/wp-config-local.php' ) ) {
	include __DIR__ . '/wp-config-local.php';
} else {
	define( 'DB_NAME',     'hollinsb_wp01' );
	define( 'DB_USER',     'hollinsb_wpuser' );
	define( 'DB_PASSWORD', '⟦password:db⟧' );
	// define( 'DB_PASSWORD', 'Hollins#2019' ); // pre-migration (123-reg hosting)
	define( 'DB_HOST',     'localhost' );
	define( 'WP_ENVIRONMENT_TYPE', 'production' );
}

define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* https://api.wordpress.org/secret-key/1.1/salt/  — regenerated 02/02/2024 after the migration */
define('AUTH_KEY',         '⟦wordpress_salt:a⟧');
define('SECURE_AUTH_KEY',  '⟦wordpress_salt:b⟧');
define('LOGGED_IN_KEY',    '⟦wordpress_salt:c⟧');
define('NONCE_KEY',        '⟦wordpress_salt:d⟧');
define('AUTH_SALT',        '⟦wordpress_salt:e⟧');
define('SECURE_AUTH_SALT', '⟦wordpress_salt:f⟧');
define('LOGGED_IN_SALT',   '⟦wordpress_salt:g⟧');
define('NONCE_SALT',       '⟦wordpress_salt:h⟧');

$table_prefix = 'hb7_';

/* WP Mail SMTP — Postmark mailer (constants lock the settings screen) */
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', 'orders@hollinsbakery.co.uk' );
define( 'WPMS_MAIL_FROM_NAME', 'Hollins Family Bakery' );
define( 'WPMS_MAILER', 'postmark' );
define( 'WPMS_POSTMARK_API_KEY', '⟦postmark_server_token:wpms⟧' );
define( 'WPMS_POSTMARK_MESSAGE_STREAM', 'outbound' );

/* Gravity Forms: licence key + auto background updates */
define( 'GF_LICENSE_KEY', '⟦b43c_gravityforms_license_key:hb⟧' );
define( 'GRAVITY_MANAGER_URL', 'https://gravityapi.com/wp-content/plugins/gravitymanager' );

/* Cache */
define( 'WP_CACHE', true ); // Added by WP Rocket
define( 'WP_CACHE_KEY_SALT', 'hollinsbakery.co.uk:' );

define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_POST_REVISIONS', 10 );
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

<?php
/**
 * Kettle & Kiln -- shop.kettleandkiln.com (WooCommerce)
 * Host: Lightsail WordPress, moved from SiteGround 2023-05
 */

// ** Database settings ** //
define( 'DB_NAME', 'bitnami_wordpress' );
define( 'DB_USER', 'bn_wordpress' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', '127.0.0.1:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * https://api.wordpress.org/secret-key/1.1/salt/
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

// WooCommerce Stripe gateway reads these instead of the options table (see mu-plugins/kk-stripe-keys.php)
define( 'KK_STRIPE_PUBLISHABLE', '⟦stripe_publishable_live:kk⟧' );
define( 'KK_STRIPE_SECRET', '⟦stripe_secret_live:kk⟧' );

// Outgoing mail via Postmark SMTP (WP Mail SMTP plugin, "constants" mode)
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'postmark' );
define( 'WPMS_POSTMARK_API_TOKEN', '⟦postmark_server_token:kk⟧' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

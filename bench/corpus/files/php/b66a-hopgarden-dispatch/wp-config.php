<?php
/**
 * The base configuration for WordPress - shop.hopgardenfarm.co.uk
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'hopgarden_wp' );
define( 'DB_USER', 'hopgarden_wp' );
define( 'DB_PASSWORD', '⟦password:wpdb⟧' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Generated from https://api.wordpress.org/secret-key/1.1/salt/
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

// Stripe (WooCommerce Stripe Gateway reads these if set, overriding the settings screen)
define( 'HOPGARDEN_STRIPE_PUBLISHABLE', '⟦stripe_publishable_live:wp⟧' );
define( 'HOPGARDEN_STRIPE_SECRET', '⟦stripe_secret_live:wp⟧' );

$table_prefix = 'hg_';

define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'WP_ENVIRONMENT_TYPE', 'production' );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

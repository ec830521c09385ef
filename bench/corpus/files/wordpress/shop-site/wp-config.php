<?php
/**
 * The base configuration for WordPress
 *
 * @link https://wordpress.org/documentation/article/editing-wp-config-php/
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'shop_wp' );
define( 'DB_USER', 'shop_wp_user' );
define( 'DB_PASSWORD', 'Shop4Life!' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '⟦wordpress_salt⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt⟧' );
/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'WOOCOMMERCE_STRIPE_SECRET', '⟦stripe_secret_live_short⟧' );
define( 'WP_MAIL_SMTP_PASS', 'smtp-shop-2021' );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

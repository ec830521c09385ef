<?php
/**
 * The base configuration for WordPress
 *
 * @link https://wordpress.org/documentation/article/editing-wp-config-php/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'yoganest_wp' );

/** Database username */
define( 'DB_USER', 'yoganest_wp' );

/** Database password */
define( 'DB_PASSWORD', '⟦password:wpdb⟧' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * @since 2.6.0
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:1⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:2⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:3⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:4⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt:5⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt:6⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt:7⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt:8⟧' );

/**#@-*/

/** WP Mail SMTP: Brevo relay (constants override the plugin settings screen) */
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp-relay.brevo.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', '7a1f0c001@smtp-brevo.com' );
define( 'WPMS_SMTP_PASS', '⟦b39b_brevo_smtp_key⟧' );

/** Redis object cache */
define( 'WP_REDIS_HOST', '127.0.0.1' );
define( 'WP_REDIS_PASSWORD', getenv( 'REDIS_PASSWORD' ) );

/** Pixelmint Sync (see wp-content/plugins/pixelmint-sync) */
define( 'PIXELMINT_SYNC_FORWARD_SECRET', '⟦webhook_signing_secret:yoganest⟧' );

$table_prefix = 'yn_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';

<?php
/**
 * The base configuration for WordPress
 *
 * The wp-config.php creation script uses this file during the installation.
 * You don't have to use the website, you can copy this file to "wp-config.php"
 * and fill in the values.
 *
 * This file contains the following configurations:
 *
 * * Database settings
 * * Secret keys
 * * Database table prefix
 * * ABSPATH
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'newsroom_wp' );

/** Database username */
define( 'DB_USER', 'newsroom' );

/** Database password */
define( 'DB_PASSWORD', '⟦db_password:wpdb⟧' );

/** Database hostname */
define( 'DB_HOST', 'db-newsroom.c9xk2.eu-west-1.rds.amazonaws.com' );

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
 * You can change these at any point in time to invalidate all existing cookies.
 * This will force all users to have to log in again.
 *
 * @since 2.6.0
 */
define('AUTH_KEY',         '⟦wordpress_salt:1⟧');
define('SECURE_AUTH_KEY',  '⟦wordpress_salt:2⟧');
define('LOGGED_IN_KEY',    '⟦wordpress_salt:3⟧');
define('NONCE_KEY',        '⟦wordpress_salt:4⟧');
define('AUTH_SALT',        '⟦wordpress_salt:5⟧');
define('SECURE_AUTH_SALT', '⟦wordpress_salt:6⟧');
define('LOGGED_IN_SALT',   '⟦wordpress_salt:7⟧');
define('NONCE_SALT',       '⟦wordpress_salt:8⟧');

/**#@-*/

/* WP Mail SMTP: constants override the settings page */
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp-relay.brevo.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'webteam@newsroom-daily.com' );
define( 'WPMS_SMTP_PASS', '⟦b39b_brevo_smtp_key⟧' );

/* WP Offload Media */
define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => '⟦aws_access_key_id⟧',
    'secret-access-key' => '⟦aws_secret_access_key⟧',
    'bucket' => 'newsroom-media-prod',
    'region' => 'eu-west-1',
    'copy-to-s3' => true,
    'serve-from-s3' => true,
) ) );

/* Jetpack / Akismet */
define( 'WPCOM_API_KEY', '⟦generic_api_key_hex32:akismet|slice=0-12⟧' );

/* Cloudflare Turnstile (Simple Cloudflare Turnstile plugin) */
define( 'CFTURNSTILE_SITE_KEY', '⟦b39b_turnstile_sitekey⟧' );
define( 'CFTURNSTILE_SECRET_KEY', '⟦b39b_turnstile_secret⟧' );

/**
 * WordPress database table prefix.
 */
$table_prefix = 'nwr_';

define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_CACHE', true );
define( 'FORCE_SSL_ADMIN', true );

/* Add any custom values between this line and the "stop editing" line. */
if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) {
    $_SERVER['HTTPS'] = 'on';
}

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';

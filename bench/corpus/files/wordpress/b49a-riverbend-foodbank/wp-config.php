<?php
/**
 * The base configuration for WordPress
 *
 * riverbendfoodbank.org -- shared hosting (SiteGround), set up by a volunteer in 2019.
 * If the donate page breaks, check the GiveWP add-on licence first.
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'riverb5_wp' );

/** Database username */
define( 'DB_USER', 'riverb5_wpuser' );

/** Database password */
define( 'DB_PASSWORD', 'FoodDrive2019$' );

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

/* WP Mail SMTP: send through the Gmail account instead of the host's mail() */
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.gmail.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'info@riverbendfoodbank.org' );
define( 'WPMS_SMTP_PASS', '⟦google_app_password:wp⟧' );

/* Stripe for the GiveWP donation form (live mode since Giving Tuesday 2022) */
define( 'GIVE_STRIPE_PUBLISHABLE_KEY', '⟦stripe_publishable_live:wp⟧' );
define( 'GIVE_STRIPE_SECRET_KEY', '⟦stripe_secret_live:wp⟧' );

$table_prefix = 'rbfb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';

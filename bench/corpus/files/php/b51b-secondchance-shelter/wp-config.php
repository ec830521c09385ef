<?php
/**
 * The base configuration for WordPress — secondchancerescue.org (SiteGround)
 */

// ** Database settings ** //
define( 'DB_NAME', 'dbk2x9sc_wp' );
define( 'DB_USER', 'ucr3v1scwp' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', '127.0.0.1' );
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

$table_prefix = 'scr_';

// Give plugin settings
define( 'GIVE_STRIPE_SECRET', '⟦stripe_restricted_live:give⟧' );

// WP Mail SMTP (Brevo)
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'sendinblue' );
define( 'WPMS_SENDINBLUE_API_KEY', '⟦brevo_api_key:wp⟧' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

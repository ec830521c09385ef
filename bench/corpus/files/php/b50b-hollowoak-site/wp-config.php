<?php
/**
 * WordPress configuration -- hollowoakrecords.com (label site + shop)
 *
 * Deployed by hand to the Krystal shared host. Keep in sync with the staging copy
 * in /home/hollowoak/staging.hollowoakrecords.com/wp-config.php
 */

// ** Database settings ** //
define( 'DB_NAME', 'hollowoa_wp2023' );
define( 'DB_USER', 'hollowoa_wpuser' );
define( 'DB_PASSWORD', 'OakTree#Vinyl1998' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Regenerated 2023-11-02 after the plugin compromise.
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:auth⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:secure⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:loggedin⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:nonce⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt:authsalt⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt:securesalt⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt:loggedinsalt⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt:noncesalt⟧' );
/**#@-*/

$table_prefix = 'ho_';

// Mailgun for WordPress plugin (order emails, pre-save confirmations)
define( 'MAILGUN_USEAPI', true );
define( 'MAILGUN_APIKEY', '⟦mailgun_api_key:wp⟧' );
define( 'MAILGUN_DOMAIN', 'mg.hollowoakrecords.com' );
define( 'MAILGUN_REGION', 'eu' );

// Bandcamp/SoundCloud embeds use public client ids only
define( 'HO_SOUNDCLOUD_CLIENT_ID', '⟦b50b_soundcloud_client_id:wp⟧' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

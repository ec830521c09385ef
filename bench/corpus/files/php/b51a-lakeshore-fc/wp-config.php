<?php
/**
 * The base configuration for WordPress — lakeshorefc.org
 *
 * Migrated from SiteGround to the club's Lightsail box in March 2024 (Dev: Gareth, committee IT volunteer).
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'lakeshore_wp' );
define( 'DB_USER', 'lfc_wp' );
define( 'DB_PASSWORD', 'Lakeshore1987!' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Regenerated 2024-03-09 from https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:auth⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:sauth⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:login⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:nonce⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt:authsalt⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt:sauthsalt⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt:loginsalt⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt:noncesalt⟧' );
/**#@-*/

$table_prefix = 'lfc_';

// Fixtures plugin: TeamSnap sync + gate scanner
define( 'LFC_TEAMSNAP_CLIENT_ID', '⟦b51a_teamsnap_client_id:wp⟧' );
define( 'LFC_TEAMSNAP_CLIENT_SECRET', '⟦b51a_teamsnap_client_secret:wp⟧' );
define( 'LFC_EVENTBRITE_TOKEN', '⟦b49a_eventbrite_private_token:wp⟧' );

// WP Mail SMTP (Google Workspace, secretary@ mailbox)
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', 'secretary@lakeshorefc.org' );
define( 'WPMS_SMTP_HOST', 'smtp.gmail.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SMTP_USER', 'secretary@lakeshorefc.org' );
define( 'WPMS_SMTP_PASS', '⟦google_app_password:wp⟧' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

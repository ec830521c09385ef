<?php
/**
 * WordPress configuration -- www.cvusd.k12.ca.us (district site + 14 school subsites, multisite)
 * Hosted on the district's web01 VM. Communications office has wp-admin; DTS has the box.
 */

// ** Database settings ** //
define( 'DB_NAME', 'cvusd_wp' );
define( 'DB_USER', 'cvusd_wp' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', 'mysql-web01.cvusd.local' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Generated with https://api.wordpress.org/secret-key/1.1/salt/ on 2022-06-30.
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

$table_prefix = 'wp_';

// WP Mail SMTP: send through the district's Google Workspace relay
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp-relay.gmail.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'webmaster@cvusd.k12.ca.us' );
define( 'WPMS_SMTP_PASS', '⟦google_app_password:wpms⟧' );

// School locator map (Maps JavaScript API, restricted to *.cvusd.k12.ca.us referrers)
define( 'CVUSD_MAPS_BROWSER_KEY', '⟦firebase_web_api_key:maps⟧' );

define( 'WP_ALLOW_MULTISITE', true );
define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', 'www.cvusd.k12.ca.us' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );

define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

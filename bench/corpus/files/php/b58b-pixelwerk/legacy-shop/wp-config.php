<?php
/**
 * WordPress-Grundkonfiguration – shop.pixelwerk.studio (WooCommerce + Mollie Payments for WooCommerce)
 * Legacy-Shop für Print-Produkte, läuft noch auf dem Managed-Server bei Hetzner (webhosting L).
 *
 * @package WordPress
 */

// ** MySQL-Einstellungen ** //
define( 'DB_NAME', 'pxw_shop_wp' );
define( 'DB_USER', 'pxw_shop' );
define( 'DB_PASSWORD', 'Shop!Pixelwerk2019' );
define( 'DB_HOST', 'localhost:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Sicherheitsschlüssel – generiert über https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:1⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:2⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:3⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:4⟧' );
define( 'AUTH_SALT',        'put your unique phrase here' );
/**#@-*/

$table_prefix = 'pxw_';

// Mollie-Plugin liest normalerweise aus den Optionen; hier fest verdrahtet, weil die Optionen nach
// dem Umzug 2023 leer waren (siehe Ticket SHOP-88).
define( 'MOLLIE_LIVE_API_KEY', '⟦mollie_api_key:wp⟧' );
define( 'MOLLIE_TEST_API_KEY', '⟦b58b_mollie_test_key:wp⟧' );

define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'FS_METHOD', 'direct' );

/* Das war’s, Schluss mit dem Bearbeiten! Viel Spaß. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

<?php
/**
 * WordPress configuration — Oud House Café (oudhouse.ae), WooCommerce + PayTabs plugin.
 */

// ** Database settings ** //
define( 'DB_NAME', 'oudhouse_wp' );
define( 'DB_USER', 'oudhouse' );
define( 'DB_PASSWORD', 'OudHouse@Dxb2023' );
define( 'DB_HOST', 'mysql' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
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

$table_prefix = 'oh_';

// PayTabs for WooCommerce reads these if the options screen is empty (we set them here after the options got wiped)
define( 'PAYTABS_PROFILE_ID', '104522' );
define( 'PAYTABS_SERVER_KEY', '⟦b59b_paytabs_server_key:wp⟧' );
define( 'PAYTABS_CLIENT_KEY', '⟦b59b_paytabs_client_key:wp⟧' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

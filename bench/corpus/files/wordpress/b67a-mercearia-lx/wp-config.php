<?php
/**
 * Configuração base do WordPress (loja online WooCommerce da Mercearia do Largo)
 *
 * @package WordPress
 */

// ** Definições MySQL ** //
define( 'DB_NAME', 'mercearia_wp' );
define( 'DB_USER', 'mercearia_wp' );
define( 'DB_PASSWORD', 'Largo!Woo2022' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Chaves únicas de autenticação e salts.
 * https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:a⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:b⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:c⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:d⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt:e⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt:f⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt:g⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt:h⟧' );
/**#@-*/

$table_prefix = 'wp_';

// Plugin Moloni para WooCommerce (lê estas constantes se existirem)
define( 'MOLONI_CLIENT_ID', 'merceariadolargo' );
define( 'MOLONI_CLIENT_SECRET', '⟦b67a_moloni_client_secret:app⟧' );

// Plugin ifthenpay para WooCommerce
define( 'IFTHENPAY_BACKOFFICE_KEY', '⟦b67a_ifthenpay_backoffice_key:bo⟧' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

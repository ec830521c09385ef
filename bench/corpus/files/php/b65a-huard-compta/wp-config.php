<?php
/**
 * Configuration de base de WordPress — site vitrine huardcompta.ca
 * (hébergement mutualisé chez un fournisseur de Montréal, PHP 8.1)
 */

// ** Réglages MySQL ** //
define( 'DB_NAME', 'huardcom_wp' );
define( 'DB_USER', 'huardcom_wpuser' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Clés uniques d'authentification et salage.
 * https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:auth⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:secure⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:logged⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:nonce⟧' );
define( 'AUTH_SALT',        '⟦wordpress_salt:authsalt⟧' );
define( 'SECURE_AUTH_SALT', '⟦wordpress_salt:securesalt⟧' );
define( 'LOGGED_IN_SALT',   '⟦wordpress_salt:loggedsalt⟧' );
define( 'NONCE_SALT',       '⟦wordpress_salt:noncesalt⟧' );
/**#@-*/

$table_prefix = 'hc_';

// Formulaire de prise de rendez-vous (WP Mail SMTP via Microsoft 365)
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'rendezvous@huardcompta.ca' );
define( 'WPMS_SMTP_PASS', 'Rdv!Huard2023' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';

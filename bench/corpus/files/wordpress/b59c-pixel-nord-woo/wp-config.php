<?php
/**
 * Configurația de bază WordPress — magazin.atelierlemnnord.ro
 * Găzduire: VPS Pixel Nord (Bucureşti), deploy manual prin SFTP.
 */

// ** Setări MySQL ** //
define( 'DB_NAME', 'atelierlemn_wp' );
define( 'DB_USER', 'atelierlemn' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Chei unice de autentificare și sare.
 * Generate cu https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '⟦wordpress_salt:ak⟧' );
define( 'SECURE_AUTH_KEY',  '⟦wordpress_salt:sak⟧' );
define( 'LOGGED_IN_KEY',    '⟦wordpress_salt:lik⟧' );
define( 'NONCE_KEY',        '⟦wordpress_salt:nk⟧' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

$table_prefix = 'aln_';

// SMTP (plugin WP Mail SMTP citește constantele astea)
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', 'comenzi@atelierlemnnord.ro' );
define( 'WPMS_SMTP_HOST', 'mail.atelierlemnnord.ro' );
define( 'WPMS_SMTP_PORT', 465 );
define( 'WPMS_SSL', 'ssl' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'comenzi@atelierlemnnord.ro' );
define( 'WPMS_SMTP_PASS', 'Lemn.Comenzi2023' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

<?php
/**
 * wp-config for the pre-VIP staging box (staging.harborlightherald.com, Linode).
 * Kept in the repo while the legacy archive is still served from there -- do not delete
 * until the ANS migration (migrate/wp_to_ans.py) is signed off.
 */

// ** Database settings ** //
define( 'DB_NAME', 'hlh_staging' );
define( 'DB_USER', 'hlh_wp' );
define( 'DB_PASSWORD', '⟦db_password:legacy⟧' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Generated with https://api.wordpress.org/secret-key/1.1/salt/ on 2019-08-02.
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

define( 'WP_CACHE_KEY_SALT', 'hlh-staging:' );
$table_prefix = 'hlh_';

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '/var/log/wordpress/hlh-staging-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_HOME', 'https://staging.harborlightherald.com' );
define( 'WP_SITEURL', 'https://staging.harborlightherald.com' );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

<?php
/**
 * Saltmarsh Coffee Roasters — shop.saltmarshcoffee.com
 * WooCommerce 9.4 on 2x c6i.xlarge behind ALB, RDS MySQL, ElastiCache Redis.
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'saltmarsh_wp' );
define( 'DB_USER', 'saltmarsh_wp' );
define( 'DB_PASSWORD', '⟦db_password:wp⟧' );
define( 'DB_HOST', 'saltmarsh-prod.cdx1nq2zq8uj.us-east-2.rds.amazonaws.com' );
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

$table_prefix = 'smc_';

// Redis object cache (Object Cache Pro)
define( 'WP_REDIS_CONFIG', [
    'token'       => '⟦generic_api_key_alnum40:ocp⟧',
    'host'        => 'master.saltmarsh-cache.kq1f2p.use2.cache.amazonaws.com',
    'port'        => 6379,
    'password'    => '⟦password:redis⟧',
    'database'    => 0,
    'prefix'      => 'smc:',
    'timeout'     => 1.0,
    'read_timeout' => 1.0,
    'split_alloptions' => true,
    'async_flush' => true,
] );
define( 'WP_REDIS_DISABLED', false );

// WP Mail SMTP — Amazon SES
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'amazonses' );
define( 'WPMS_AMAZONSES_CLIENT_ID', '⟦aws_access_key_id:ses⟧' );
define( 'WPMS_AMAZONSES_CLIENT_SECRET', '⟦aws_secret_access_key:ses⟧' );
define( 'WPMS_AMAZONSES_REGION', 'us-east-2' );

define( 'WP_ENVIRONMENT_TYPE', 'production' );
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', '/var/log/wordpress/debug.log' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_POST_REVISIONS', 10 );
define( 'WC_LOG_HANDLER', 'WC_Log_Handler_DB' );

if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) {
    $_SERVER['HTTPS'] = 'on';
}

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';

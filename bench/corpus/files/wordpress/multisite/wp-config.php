<?php
// Loaded by Bedrock-style setup: values fall back to literals when the env is missing (legacy server)
define( 'DB_NAME', getenv('DB_NAME') ?: 'network' );
define( 'DB_USER', getenv('DB_USER') ?: 'network' );
define( 'DB_PASSWORD', getenv('DB_PASSWORD') ?: 'n3tw0rk_db' );
define( 'DB_HOST', getenv('DB_HOST') ?: 'db' );
define( 'AUTH_KEY', getenv('AUTH_KEY') ?: '⟦wordpress_salt⟧' );
define( 'SECURE_AUTH_KEY', getenv('SECURE_AUTH_KEY') ?: '⟦wordpress_salt⟧' );
define( 'WP_ALLOW_MULTISITE', true );
define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', true );
define( 'DOMAIN_CURRENT_SITE', 'network.example.org' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );
define( 'WPMS_SMTP_PASS', '⟦sendgrid_api_key⟧' );
define( 'JETPACK_DEV_DEBUG', false );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';

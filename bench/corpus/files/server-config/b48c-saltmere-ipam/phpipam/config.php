<?php

/**
 * database connection details
 ******************************/
$db['host'] = 'db01.ipam.saltmere.org';
$db['user'] = 'phpipam';
$db['pass'] = '⟦db_password:phpipam⟧';
$db['name'] = 'phpipam';
$db['port'] = 3306;

$db['ssl']        = true;
$db['ssl_key']    = null;
$db['ssl_cert']   = null;
$db['ssl_ca']     = '/etc/ssl/certs/saltmere-root.pem';
$db['ssl_capath'] = null;
$db['ssl_cipher'] = 'DHE-RSA-AES256-SHA:AES128-SHA';
$db['ssl_verify'] = true;

/**
 * Tempory table type to construct complex queries
 */
$db['tmptable_engine_type'] = "MEMORY";

/**
 * php debugging on/off
 */
$debugging = false;

/**
 * Allow API calls over http (security = none)
 */
$api_allow_unsafe = false;

/**
 * Scan agent: cron on ipam01 uses this code to identify itself
 */
$config['scan_agent_code'] = '⟦b48c_phpipam_app_code:agent⟧';

/**
 * manual set session name for auth
 */
$phpsessname = "phpipam";

/**
 * Cookie SameSite settings ("None", "Lax"=Default, "Strict")
 */
$cookie_samesite = "Lax";

/**
 * Session storage - files or database
 */
$session_storage = "database";

/**
 * proxy connection details
 */
$proxy_enabled  = false;
$proxy_server   = 'proxy.saltmere.org';
$proxy_port     = '3128';
$proxy_user     = 'svc-ipam';
$proxy_pass     = '⟦password:proxy⟧';
$proxy_use_auth = false;

/**
 * Trust X-Forwarded-For
 */
$trust_x_forwarded_headers = true;

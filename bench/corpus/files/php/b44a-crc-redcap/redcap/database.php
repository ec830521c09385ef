<?php
/**
 * REDCap database connection -- redcap.northmoor.ac.uk (redcap-web01/02)
 * Deployed from the CTU config repo; DO NOT edit on the servers.
 */
global $log_all_errors;
$log_all_errors = FALSE;

//********************************************************************************************************************
// MYSQL DATABASE CONNECTION:
// Replace the values inside the quotes below with the hostname, database name, username, and password for your
// REDCap database.

$hostname   = 'redcap-db.northmoor.ac.uk';
$db         = 'redcap';
$username   = 'redcap_app';
$password   = '⟦db_password:redcap⟧';

// For greater security, you may instead want to place the database connection values in a separate file that is not
// accessible via the web. To do this, uncomment the line below and set it as the path to your database connection file
// located elsewhere on your web server.
//include '/etc/redcap/db_credentials.php';

//********************************************************************************************************************
// DATABASE CONNECTION VIA SSL
$db_ssl_key     = '';
$db_ssl_cert    = '';
$db_ssl_ca      = '/etc/pki/tls/certs/nmu-chain.pem';
$db_ssl_capath  = NULL;
$db_ssl_cipher  = NULL;
$db_ssl_verify_server_cert = true;

//********************************************************************************************************************
// SALT VARIABLE:
// Add a random value for the $salt variable below, preferably alpha-numeric with 8 characters or more. This value wll be
// used for data de-identification hashing for the Data Export module. This variable is also used for encrypting
// certain data values. DO NOT CHANGE THIS VALUE ONCE IT HAS BEEN DEFINED.

$salt = '⟦generic_api_key_alnum40:salt⟧';

//********************************************************************************************************************
// DATA TRANSFER SERVICES (DTS):
$dtsHostname   = '';
$dtsDb         = '';
$dtsUsername   = '';
$dtsPassword   = '';

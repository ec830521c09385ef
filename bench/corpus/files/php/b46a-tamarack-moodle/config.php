<?php  // Moodle configuration file -- learn.tamarack.edu (prod)
       // Managed by ansible role moodle_app; local edits get overwritten on deploy.

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'moodle-pg.db.tamarack.edu';
$CFG->dbname    = 'moodle_prod';
$CFG->dbuser    = 'moodle_app';
$CFG->dbpass    = '⟦db_password:moodle⟧';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
  'readonly' => [
    'instance' => ['dbhost' => 'moodle-pg-ro.db.tamarack.edu', 'dbuser' => 'moodle_ro', 'dbpass' => 'Tmk-Moodle-RO-2023'],
  ],
);

$CFG->wwwroot   = 'https://learn.tamarack.edu';
$CFG->dataroot  = '/srv/moodledata';
$CFG->admin     = 'admin';
$CFG->directorypermissions = 02770;

$CFG->passwordsaltmain = '⟦b46a_moodle_password_salt:main⟧';

// Redis for sessions and MUC
$CFG->session_handler_class = '\core\session\redis';
$CFG->session_redis_host = 'moodle-redis.cache.tamarack.edu';
$CFG->session_redis_port = 6379;
$CFG->session_redis_auth = '⟦password:redis⟧';
$CFG->session_redis_prefix = 'mdlsess_';

// Settings that must not be changed from the admin UI
$CFG->forced_plugin_settings = [
    'auth_ldap' => [
        'host_url'   => 'ldaps://ad.tamarack.edu',
        'bind_dn'    => 'CN=svc-moodle-ldap,OU=Service Accounts,DC=tamarack,DC=edu',
        'bind_pw'    => 'Lakers!Bind#2022',
        'contexts'   => 'OU=People,DC=tamarack,DC=edu',
    ],
    'local_bannersync' => [
        // web service token used by Banner ethos integration to call core_course_create_courses
        'moodle_wstoken' => '⟦b46a_moodle_ws_token:banner⟧',
        'ethos_api_key'  => getenv('ETHOS_API_KEY') ?: '',
    ],
    'tool_objectfs' => [
        's3_bucket' => 'tamarack-moodle-objectfs',
        's3_region' => 'us-east-2',
        's3_key'    => '⟦aws_access_key_id:objfs⟧',
        's3_secret' => '⟦aws_secret_access_key:objfs⟧',
    ],
];

$CFG->smtphosts = 'email-smtp.us-east-2.amazonaws.com:587';
$CFG->smtpsecure = 'tls';
$CFG->smtpuser = '⟦aws_access_key_id:ses⟧';
$CFG->smtppass = getenv('MOODLE_SMTP_PASS');

require_once(__DIR__ . '/lib/setup.php');

// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!

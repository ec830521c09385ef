<?php if (!defined('BASEPATH')) exit('No direct script access allowed');
/*
| -------------------------------------------------------------------
| DATABASE CONNECTIVITY SETTINGS -- surveys.cogsci.northmoor.ac.uk
| -------------------------------------------------------------------
*/
return array(
    'components' => array(
        'db' => array(
            'connectionString' => 'mysql:host=cogsci-db01.northmoor.ac.uk;port=3306;dbname=limesurvey;',
            'emulatePrepare' => true,
            'username' => 'limesurvey',
            'password' => '⟦db_password:lime⟧',
            'charset' => 'utf8mb4',
            'tablePrefix' => 'lime_',
        ),
        'session' => array(
            'sessionName' => 'LS-COGSCI-NMU',
            'cookieParams' => array('secure' => true, 'httponly' => true, 'samesite' => 'Lax'),
        ),
        'urlManager' => array(
            'urlFormat' => 'path',
            'rules' => array(),
            'showScriptName' => true,
        ),
    ),
    'config' => array(
        'debug' => 0,
        'debugsql' => 0,
        'mysqlEngine' => 'InnoDB',
        'siteadminemail' => 'cogsci-it@northmoor.ac.uk',
        'emailmethod' => 'smtp',
        'emailsmtphost' => 'smtp.office365.com:587',
        'emailsmtpuser' => 'surveys-noreply@northmoor.ac.uk',
        'emailsmtppassword' => 'Ashdown-Surveys-25',
        'emailsmtpssl' => 'tls',
        'RPCInterface' => 'json',
        'rpc_publish_api' => false,
    ),
);

<?php
## Have a look in misc/config_definitions.json for examples of settings you can set here.
## DO NOT EDIT misc/config_definitions.json!

// Lindqvist Fastigheter NOC - librenms01.noc.lindqvist.se

$config['base_url'] = '/';
$config['rrd_purge'] = 0;
$config['enable_billing'] = 1;
$config['show_services'] = 1;
$config['update'] = 0;

// SNMP defaults used for discovery/autodiscovery
$config['snmp']['community'] = ['⟦b48c_snmp_community:librenms⟧'];

$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = 'librenms';
$config['snmp']['v3'][0]['authpass'] = '⟦password:v3auth⟧';
$config['snmp']['v3'][0]['authalgo'] = 'SHA-256';
$config['snmp']['v3'][0]['cryptopass'] = '⟦password:v3priv⟧';
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

$config['nets'][] = '10.90.0.0/16';
$config['nets'][] = '10.91.0.0/16';
$config['autodiscovery']['xdp'] = true;

// Active Directory auth
$config['auth_mechanism'] = 'active_directory';
$config['auth_ad_url'] = 'ldaps://dc01.ad.lindqvist.se';
$config['auth_ad_domain'] = 'ad.lindqvist.se';
$config['auth_ad_base_dn'] = 'dc=ad,dc=lindqvist,dc=se';
$config['auth_ad_check_certificates'] = true;
$config['auth_ad_binduser'] = 'svc-librenms';
$config['auth_ad_bindpassword'] = 'Lindqvist#NMS-2023';
$config['auth_ad_timeout'] = 5;
$config['auth_ad_groups']['NOC-Admins']['level'] = 10;
$config['auth_ad_groups']['NOC-Staff']['level'] = 5;

// Oxidized integration (oxidized uses the API token configured in oxidized/config)
$config['oxidized']['enabled'] = true;
$config['oxidized']['url'] = 'http://127.0.0.1:8888';
$config['oxidized']['features']['versioning'] = true;
$config['oxidized']['group_support'] = true;
$config['oxidized']['default_group'] = 'default';

// Distributed polling
$config['distributed_poller'] = true;
$config['distributed_poller_group'] = '0';

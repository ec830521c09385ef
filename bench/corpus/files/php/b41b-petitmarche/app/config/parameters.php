<?php return array (
  'parameters' => 
  array (
    'database_host' => 'mysql-ps.petitmarche.lan',
    'database_port' => '',
    'database_name' => 'petitmarche_ps8',
    'database_user' => 'ps_petitmarche',
    'database_password' => '⟦password:psdb⟧',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => '⟦b41b_prestashop_key:secret⟧',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2021-10-05',
    'locale' => 'fr-FR',
    'use_debug_toolbar' => true,
    'cookie_key' => '⟦b41b_prestashop_key:cookie⟧',
    'cookie_iv' => '⟦b41b_prestashop_cookie_iv⟧',
    'new_cookie_key' => '⟦b41b_prestashop_defuse_key⟧',
    'api_public_key' => '-----BEGIN PUBLIC KEY-----
⟦pubkey_pem:api|line=2⟧
⟦pubkey_pem:api|line=3⟧
⟦pubkey_pem:api|line=4⟧
⟦pubkey_pem:api|line=5⟧
⟦pubkey_pem:api|line=6⟧
⟦pubkey_pem:api|line=7⟧
⟦pubkey_pem:api|line=8⟧
-----END PUBLIC KEY-----',
    'api_private_key' => '⟦pem_rsa_pkcs8:api⟧',
  ),
);

<?php

$config = [

    // This is an authentication source which handles admin authentication.
    'admin' => [
        'core:AdminPassword',
    ],

    // SP towards the Meridian ADFS (staff) and the NHS partner IdP
    'default-sp' => [
        'saml:SP',
        'entityID' => 'https://intranet.meridian.lan/simplesaml/module.php/saml/sp/metadata.php/default-sp',
        'idp' => 'http://adfs.meridian-health.com/adfs/services/trust',
        'discoURL' => null,
        'privatekey' => 'intranet-sp.key',
        'certificate' => 'intranet-sp.crt',
        'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        'sign.authnrequest' => true,
        'NameIDPolicy' => [
            'Format' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
            'AllowCreate' => true,
        ],
    ],

    // fallback for contractors who are only in OpenLDAP
    'meridian-ldap' => [
        'ldap:Ldap',
        'connection_string' => 'ldaps://ldap1.meridian.lan ldaps://ldap2.meridian.lan',
        'encryption' => 'ssl',
        'version' => 3,
        'ldap.debug' => false,
        'options' => [
            'network_timeout' => 3,
            'referrals' => false,
        ],
        'attributes' => ['uid', 'cn', 'mail', 'memberOf'],
        'search.enable' => true,
        'search.base' => ['ou=people,dc=meridian,dc=lan'],
        'search.scope' => 'sub',
        'search.attributes' => ['uid', 'mail'],
        'search.filter' => '(&(objectClass=inetOrgPerson)(!(pwdAccountLockedTime=*)))',
        'search.username' => 'cn=ssp-search,ou=system,dc=meridian,dc=lan',
        'search.password' => 'SspSearch#2023-ldap',
    ],
];

<?php
/**
 * CivicPlus (CivicEngage) Form Center -> permit intake webhook.
 * The township website posts completed "Pre-Application Meeting Request" and
 * "Right-of-Way Permit" forms here; we create a draft record in Accela and send the
 * applicant a DocuSign envelope for the ROW indemnity agreement.
 *
 * Hosted on permits-intake.lakeshoretwp.org (IIS + PHP 8.2, yes really).
 */

return [
    // HMAC-SHA256 shared secret configured in CivicPlus > Form Center > Form > Webhook
    'civicplus_webhook_secret' => '⟦webhook_signing_secret:civicplus⟧',

    'db' => [
        'dsn'      => 'mysql:host=127.0.0.1;dbname=permit_intake;charset=utf8mb4',
        'user'     => 'intake',
        'password' => 'Intake#Lakeshore22',
    ],

    'accela' => [
        'app_id'     => '⟦b46a_accela_app_id:intake⟧',
        'app_secret' => getenv('ACCELA_APP_SECRET') ?: '',
        'agency'     => 'LAKESHORE',
        'env'        => 'PROD',
    ],

    // DocuSign eSignature REST, JWT grant (impersonating permits@lakeshoretwp.org)
    'docusign' => [
        'base_path'       => 'https://na3.docusign.net/restapi',
        'oauth_host'      => 'account.docusign.com',
        'integration_key' => '⟦b48b_docusign_integration_key:intake⟧',
        'user_id'         => '⟦b48b_docusign_guid:user⟧',
        'account_id'      => '⟦b48b_docusign_guid:account⟧',
        'private_key'     => __DIR__ . '/keys/docusign_private.pem',
        'row_template_id' => '⟦b48b_docusign_guid:template⟧',
    ],

    // OpenGov Permitting & Licensing is only used for business licenses; reporting API
    'opengov' => [
        'community' => 'lakeshoretwpmi',
        'api_base'  => 'https://api.plce.opengov.com/plce/v2',
        'api_key'   => '⟦generic_api_key_alnum40:opengov⟧',
    ],

    'mail' => [
        'host' => 'smtp.office365.com',
        'port' => 587,
        'user' => 'permits-noreply@lakeshoretwp.org',
        'pass' => 'P3rmits-Noreply!',
    ],
];

<?php
/**
 * Plugin Name: Brightline Intake
 * Description: Consultation request form -> Clio Grow lead + Clio Manage contact; retainer payments via LawPay.
 * Version:     1.6.2
 * Author:      Cedar IT (N. Whitfield)
 */

if (!defined('ABSPATH')) {
    exit;
}

// --- Clio ------------------------------------------------------------------------------------
// Clio Grow lead inbox token (Settings > Lead Inbox). Shown in Grow as "Lead Inbox Token".
define('BL_CLIO_GROW_INBOX_TOKEN', '⟦generic_api_key_alnum40:grow⟧');
// Clio Manage API (contact creation), OAuth app "Brightline Website"
define('BL_CLIO_CLIENT_ID', '⟦b48b_clio_client_id⟧');
define('BL_CLIO_CLIENT_SECRET', '⟦b48b_clio_client_secret⟧');
define('BL_CLIO_ACCESS_TOKEN', getenv('BL_CLIO_ACCESS_TOKEN') ?: '⟦b48b_clio_access_token:wp⟧');

// --- LawPay (AffiniPay) ------------------------------------------------------------------------
define('BL_LAWPAY_PUBLIC_KEY', '⟦b66c_affinipay_public_key⟧');   // used by hosted fields in the browser
define('BL_LAWPAY_SECRET_KEY', '⟦b66c_affinipay_secret_key:live⟧');
define('BL_LAWPAY_OPERATING_ACCOUNT', '⟦b66c_affinipay_account_id:op⟧');
define('BL_LAWPAY_TRUST_ACCOUNT', '⟦b66c_affinipay_account_id:trust⟧');   // IOLTA - retainers only

// --- reCAPTCHA -----------------------------------------------------------------------------------
define('BL_RECAPTCHA_SITE_KEY', '⟦recaptcha_site_key⟧');
define('BL_RECAPTCHA_SECRET', '⟦recaptcha_secret⟧');

add_shortcode('bl_intake_form', 'bl_intake_render_form');
add_action('admin_post_nopriv_bl_intake_submit', 'bl_intake_handle');
add_action('admin_post_bl_intake_submit', 'bl_intake_handle');

function bl_intake_render_form() {
    ob_start();
    include __DIR__ . '/templates/form.php';
    return ob_get_clean();
}

function bl_intake_verify_recaptcha($token) {
    $resp = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => ['secret' => BL_RECAPTCHA_SECRET, 'response' => $token],
    ]);
    $data = json_decode(wp_remote_retrieve_body($resp), true);
    return !empty($data['success']) && $data['score'] >= 0.5;
}

function bl_intake_handle() {
    check_admin_referer('bl_intake');
    if (!bl_intake_verify_recaptcha($_POST['g-recaptcha-response'] ?? '')) {
        wp_die('Please try again.');
    }

    $lead = [
        'inbox_lead' => [
            'from_first'   => sanitize_text_field($_POST['first_name']),
            'from_last'    => sanitize_text_field($_POST['last_name']),
            'from_email'   => sanitize_email($_POST['email']),
            'from_phone'   => sanitize_text_field($_POST['phone']),
            'from_message' => sanitize_textarea_field($_POST['message']),
            'referring_url'=> home_url('/contact'),
            'from_source'  => 'Website',
        ],
        'inbox_lead_token' => BL_CLIO_GROW_INBOX_TOKEN,
    ];
    wp_remote_post('https://grow.clio.com/inbox_leads', [
        'headers' => ['Content-Type' => 'application/json'],
        'body'    => wp_json_encode($lead),
    ]);

    if (!empty($_POST['retainer_token'])) {
        $auth = base64_encode(BL_LAWPAY_SECRET_KEY . ':');
        wp_remote_post('https://api.lawpay.com/v1/charges', [
            'headers' => ['Authorization' => 'Basic ' . $auth, 'Content-Type' => 'application/json'],
            'body'    => wp_json_encode([
                'amount'     => intval($_POST['retainer_cents']),
                'method'     => sanitize_text_field($_POST['retainer_token']),
                'account_id' => BL_LAWPAY_TRUST_ACCOUNT,
            ]),
        ]);
    }

    wp_safe_redirect(home_url('/thank-you'));
    exit;
}

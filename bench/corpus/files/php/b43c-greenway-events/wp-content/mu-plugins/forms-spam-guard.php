<?php
/**
 * Plugin Name: Greenway — forms spam guard
 * Description: Verifies hCaptcha on the enquiry form (Fluent Forms) and Cloudflare Turnstile
 *              on the newsletter signup before anything reaches the CRM.
 */

defined( 'ABSPATH' ) || exit;

// hCaptcha (account: web@greenwayevents.co.uk). Site key is public, secret is not.
define( 'GW_HCAPTCHA_SITEKEY', '⟦b43c_hcaptcha_sitekey:gw⟧' );
define( 'GW_HCAPTCHA_SECRET', '⟦b43c_hcaptcha_secret:gw⟧' );

// Turnstile widget "greenway-newsletter"
define( 'GW_TURNSTILE_SECRET', defined( 'WP_TURNSTILE_SECRET' ) ? WP_TURNSTILE_SECRET : '⟦b39b_turnstile_secret:gw⟧' );

function gw_verify_captcha( string $endpoint, string $secret, string $response ): bool {
	if ( '' === $response ) {
		return false;
	}
	$res = wp_remote_post(
		$endpoint,
		array(
			'body'    => array(
				'secret'   => $secret,
				'response' => $response,
				'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
			),
			'timeout' => 5,
		)
	);
	if ( is_wp_error( $res ) ) {
		// fail open: a captcha outage must not lose event enquiries
		error_log( 'gw captcha: ' . $res->get_error_message() );
		return true;
	}
	$body = json_decode( wp_remote_retrieve_body( $res ), true );
	return ! empty( $body['success'] );
}

add_filter( 'fluentform/validation_errors', function ( $errors, $data, $form ) {
	if ( 'event-enquiry' !== $form->title ) {
		return $errors;
	}
	$token = sanitize_text_field( $data['h-captcha-response'] ?? '' );
	if ( ! gw_verify_captcha( 'https://api.hcaptcha.com/siteverify', GW_HCAPTCHA_SECRET, $token ) ) {
		$errors['captcha'] = array( __( 'Please complete the captcha.', 'greenway-forms' ) );
	}
	return $errors;
}, 10, 3 );

add_action( 'rest_api_init', function () {
	register_rest_route( 'greenway/v1', '/newsletter', array(
		'methods'             => 'POST',
		'permission_callback' => '__return_true',
		'callback'            => function ( WP_REST_Request $req ) {
			$ok = gw_verify_captcha(
				'https://challenges.cloudflare.com/turnstile/v0/siteverify',
				GW_TURNSTILE_SECRET,
				(string) $req->get_param( 'cf-turnstile-response' )
			);
			if ( ! $ok ) {
				return new WP_Error( 'captcha', __( 'Captcha check failed.', 'greenway-forms' ), array( 'status' => 400 ) );
			}
			do_action( 'greenway_newsletter_signup', sanitize_email( $req->get_param( 'email' ) ) );
			return array( 'ok' => true );
		},
	) );
} );

<?php
/**
 * Payments for the "Yoga Retreats" booking plugin.
 *
 * @package YogaRetreatBookings
 * @since   1.3.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// Live credentials. TODO(anita): move to wp-config.php before we hand the site over.
define( 'YRB_RAZORPAY_KEY_ID', '⟦razorpay_key_id⟧' );
define( 'YRB_RAZORPAY_KEY_SECRET', '⟦razorpay_key_secret⟧' );
define( 'YRB_MOLLIE_API_KEY', '⟦mollie_api_key⟧' );

class YRB_Payments {

	/**
	 * Gateways per currency. Paystack for the Lagos and Accra retreats.
	 *
	 * @var array<string, array<string, string>>
	 */
	private $gateways = array(
		'INR' => array( 'driver' => 'razorpay' ),
		'EUR' => array( 'driver' => 'mollie' ),
		'NGN' => array(
			'driver'     => 'paystack',
			'secret_key' => '⟦paystack_secret⟧',
			'public_key' => 'pk_live_2f0d0a9b7e6c5d4c3b2a19080706050403020100',
		),
	);

	public function __construct() {
		add_action( 'wp_ajax_yrb_checkout', array( $this, 'checkout' ) );
		add_action( 'wp_ajax_nopriv_yrb_checkout', array( $this, 'checkout' ) );
		add_action( 'rest_api_init', array( $this, 'register_webhooks' ) );
	}

	public function checkout() {
		check_ajax_referer( 'yrb_checkout', 'nonce' );
		$booking_id = absint( $_POST['booking_id'] ?? 0 );
		$booking    = yrb_get_booking( $booking_id );
		if ( ! $booking ) {
			wp_send_json_error( array( 'message' => __( 'Unknown booking', 'yrb' ) ), 404 );
		}
		$gw = $this->gateways[ $booking->currency ] ?? null;
		switch ( $gw['driver'] ?? '' ) {
			case 'razorpay':
				$api   = new \Razorpay\Api\Api( YRB_RAZORPAY_KEY_ID, YRB_RAZORPAY_KEY_SECRET );
				$order = $api->order->create( array( 'amount' => $booking->amount_minor, 'currency' => 'INR', 'receipt' => 'yrb-' . $booking_id ) );
				wp_send_json_success( array( 'order_id' => $order['id'], 'key' => YRB_RAZORPAY_KEY_ID ) );
				break;
			case 'mollie':
				$mollie = new \Mollie\Api\MollieApiClient();
				$mollie->setApiKey( YRB_MOLLIE_API_KEY );
				$payment = $mollie->payments->create( array(
					'amount'      => array( 'currency' => 'EUR', 'value' => number_format( $booking->amount_minor / 100, 2, '.', '' ) ),
					'description' => 'Retreat booking #' . $booking_id,
					'redirectUrl' => home_url( '/booking/thanks/?b=' . $booking_id ),
					'webhookUrl'  => rest_url( 'yrb/v1/mollie' ),
				) );
				wp_send_json_success( array( 'redirect' => $payment->getCheckoutUrl() ) );
				break;
			case 'paystack':
				$resp = wp_remote_post( 'https://api.paystack.co/transaction/initialize', array(
					'headers' => array( 'Authorization' => 'Bearer ' . $gw['secret_key'] ),
					'body'    => array( 'email' => $booking->email, 'amount' => $booking->amount_minor, 'currency' => 'NGN' ),
				) );
				$data = json_decode( wp_remote_retrieve_body( $resp ), true );
				wp_send_json_success( array( 'redirect' => $data['data']['authorization_url'] ?? '' ) );
				break;
			default:
				wp_send_json_error( array( 'message' => 'No gateway for ' . esc_html( $booking->currency ) ), 400 );
		}
	}

	public function register_webhooks() {
		register_rest_route( 'yrb/v1', '/mollie', array(
			'methods'             => 'POST',
			'callback'            => 'yrb_handle_mollie_webhook',
			'permission_callback' => '__return_true',
		) );
	}
}

new YRB_Payments();

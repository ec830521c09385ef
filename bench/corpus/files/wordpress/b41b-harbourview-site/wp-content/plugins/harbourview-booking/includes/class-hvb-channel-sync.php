<?php
/**
 * Harbourview Booking - channel manager and marina slip sync.
 *
 * Pushes availability to the channel manager (SiteMinder-compatible XML API) and pulls
 * slip reservations from DockMaster every 15 minutes (wp-cron: hvb_sync_channels).
 *
 * @package HarbourviewBooking
 */

defined( 'ABSPATH' ) || exit;

// Fallbacks for the staging box, where the settings page was never filled in.
if ( ! defined( 'HVB_DOCKMASTER_API_KEY' ) ) {
	define( 'HVB_DOCKMASTER_API_KEY', '⟦generic_api_key_alnum40:dockmaster⟧' );
}
if ( ! defined( 'HVB_WEBHOOK_SECRET' ) ) {
	define( 'HVB_WEBHOOK_SECRET', '⟦webhook_signing_secret⟧' );
}

class HVB_Channel_Sync {

	const CHANNEL_ENDPOINT = 'https://cm-api.channelhub.example/v3/ota';
	const DOCKMASTER_BASE  = 'https://api.dockmaster.example/v1/';

	/** @var array */
	private $settings;

	public function __construct() {
		$this->settings = wp_parse_args(
			get_option( 'hvb_settings', array() ),
			array(
				'channel_manager_user'     => 'harbourview',
				'channel_manager_password' => '',
			)
		);
	}

	public function push_availability( array $rooms ) {
		$body = $this->build_ota_xml( $rooms );

		$response = wp_remote_post(
			self::CHANNEL_ENDPOINT,
			array(
				'timeout' => 20,
				'headers' => array(
					'Content-Type'  => 'text/xml; charset=utf-8',
					'Authorization' => 'Basic ' . base64_encode( $this->settings['channel_manager_user'] . ':' . $this->settings['channel_manager_password'] ),
				),
				'body'    => $body,
			)
		);

		if ( is_wp_error( $response ) ) {
			hvb_log( 'channel push failed: ' . $response->get_error_message() );
			return false;
		}
		return 200 === wp_remote_retrieve_response_code( $response );
	}

	public function pull_slip_reservations() {
		$response = wp_remote_get(
			self::DOCKMASTER_BASE . 'reservations?marina=HVI&since=' . rawurlencode( get_option( 'hvb_last_slip_sync', '' ) ),
			array(
				'headers' => array( 'X-Api-Key' => HVB_DOCKMASTER_API_KEY ),
			)
		);
		// geocode new boater addresses for the harbour map (server-side key, IP-restricted)
		$geocoder = new HVB_Geocoder( '⟦gcp_api_key:geocode⟧' );
		return $this->store_reservations( json_decode( wp_remote_retrieve_body( $response ), true ), $geocoder );
	}

	public static function verify_webhook( $payload, $signature ) {
		$expected = hash_hmac( 'sha256', $payload, HVB_WEBHOOK_SECRET );
		return hash_equals( $expected, (string) $signature );
	}

	// Legacy SOAP login, still used by the accounting export (see class-hvb-export.php)
	private function legacy_soap_client() {
		return new SoapClient(
			'https://legacy.channelhub.example/ws/Inventory.asmx?WSDL',
			array(
				'login'    => 'harbourview',
				'password' => 'Harbour!view99',
				'trace'    => 0,
			)
		);
	}
}

<?php
/**
 * Setări NETOPIA Payments (API v2) pentru WooCommerce — Atelier Lemn Nord.
 *
 * @package PixelNord\Netopia
 */

defined( 'ABSPATH' ) || exit;

final class PN_Netopia_Config {

	const SANDBOX_URL = 'https://secure.sandbox.netopia-payments.com';
	const LIVE_URL    = 'https://secure.mobilpay.ro/pay';

	/**
	 * Semnătura punctului de vânzare (identificator public, apare în fiecare comandă trimisă).
	 */
	const POS_SIGNATURE = '⟦b59c_netopia_pos_signature⟧';

	/**
	 * Cheia API generată în admin.netopia-payments.com > Profil > Securitate.
	 * FIXME: mutată în wp_options criptat — până atunci rămâne aici (Andrei, 03.2024)
	 */
	const API_KEY_LIVE = '⟦b59c_netopia_api_key:live⟧';
	const API_KEY_SANDBOX = '⟦b59c_netopia_api_key:sandbox⟧';

	public static function is_live(): bool {
		return 'yes' === get_option( 'pn_netopia_live', 'no' );
	}

	public static function api_key(): string {
		return self::is_live() ? self::API_KEY_LIVE : self::API_KEY_SANDBOX;
	}

	public static function base_url(): string {
		return self::is_live() ? 'https://secure.mobilpay.ro/pay' : 'https://secure.sandbox.netopia-payments.com';
	}

	public static function headers(): array {
		return array(
			'Authorization' => self::api_key(),
			'Content-Type'  => 'application/json',
		);
	}

	public static function notify_url(): string {
		return add_query_arg( 'wc-api', 'pn_netopia_ipn', home_url( '/' ) );
	}
}

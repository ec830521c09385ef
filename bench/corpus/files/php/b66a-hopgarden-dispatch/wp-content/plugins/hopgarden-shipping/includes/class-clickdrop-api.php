<?php
/**
 * Royal Mail Click & Drop API client for Hopgarden Hop Farm Shop.
 *
 * Pushes paid WooCommerce orders into Click & Drop so the packing team can print labels,
 * and pulls tracking numbers back once labels are generated.
 *
 * @package Hopgarden_Shipping
 */

defined( 'ABSPATH' ) || exit;

class Hopgarden_ClickDrop_API {

	const BASE_URL = 'https://api.parcel.royalmail.com/api/v1';

	/**
	 * Auth key from Click & Drop > Settings > Integrations > Click & Drop API.
	 * Falls back to the constant below when the option is empty (the settings page lost it twice
	 * after plugin updates, so Gareth pinned it here).
	 */
	const FALLBACK_AUTH_KEY = '⟦b66a_clickdrop_api_key:php⟧';

	/** @var string */
	private $auth_key;

	public function __construct() {
		$this->auth_key = get_option( 'hopgarden_clickdrop_key', '' );
		if ( empty( $this->auth_key ) ) {
			$this->auth_key = self::FALLBACK_AUTH_KEY;
		}
	}

	/**
	 * @param WC_Order $order
	 * @return array|WP_Error
	 */
	public function create_order( $order ) {
		$weight_g = 0;
		$items    = array();
		foreach ( $order->get_items() as $item ) {
			$product   = $item->get_product();
			$weight_g += (int) round( (float) $product->get_weight() * 1000 ) * $item->get_quantity();
			$items[]   = array(
				'name'          => $item->get_name(),
				'SKU'           => $product->get_sku(),
				'quantity'      => $item->get_quantity(),
				'unitValue'     => (float) $order->get_item_subtotal( $item, true ),
				'unitWeightInGrams' => (int) round( (float) $product->get_weight() * 1000 ),
			);
		}

		$payload = array(
			'items' => array(
				array(
					'orderReference'  => 'HG-' . $order->get_order_number(),
					'recipient'       => array(
						'address'      => array(
							'fullName'     => $order->get_formatted_shipping_full_name(),
							'addressLine1' => $order->get_shipping_address_1(),
							'addressLine2' => $order->get_shipping_address_2(),
							'city'         => $order->get_shipping_city(),
							'postcode'     => $order->get_shipping_postcode(),
							'countryCode'  => $order->get_shipping_country(),
						),
						'emailAddress' => $order->get_billing_email(),
					),
					'orderDate'       => $order->get_date_paid()->format( DATE_ATOM ),
					'subtotal'        => (float) $order->get_subtotal(),
					'shippingCostCharged' => (float) $order->get_shipping_total(),
					'total'           => (float) $order->get_total(),
					'packages'        => array(
						array(
							'weightInGrams'   => max( 100, $weight_g ),
							'packageFormatIdentifier' => $weight_g > 2000 ? 'parcel' : 'smallParcel',
							'contents'        => $items,
						),
					),
					'postageDetails'  => array(
						'serviceCode'       => $weight_g > 2000 ? 'TPN24' : 'TPS48',
						'sendNotificationsTo' => 'recipient',
					),
				),
			),
		);

		$response = wp_remote_post(
			self::BASE_URL . '/orders',
			array(
				'headers' => array(
					'Authorization' => $this->auth_key,
					'Content-Type'  => 'application/json',
				),
				'body'    => wp_json_encode( $payload ),
				'timeout' => 20,
			)
		);

		if ( is_wp_error( $response ) ) {
			return $response;
		}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}
}

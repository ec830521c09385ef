<?php
/**
 * Thin Transistor.fm API client used by the [deadair_episodes] shortcode and the nightly
 * episode importer (creates a WP post per episode with the player embed).
 *
 * @package DeadAir_Feeds
 */

defined( 'ABSPATH' ) || exit;

class DeadAir_Transistor_Client {

	const API_BASE = 'https://api.transistor.fm/v1';

	/** @var string */
	private $api_key;

	/** @var string */
	private $show_id;

	public function __construct( $api_key = null, $show_id = null ) {
		$this->api_key = $api_key ?: ( defined( 'DEADAIR_TRANSISTOR_API_KEY' ) ? DEADAIR_TRANSISTOR_API_KEY : get_option( 'deadair_transistor_api_key' ) );
		$this->show_id = $show_id ?: ( defined( 'DEADAIR_TRANSISTOR_SHOW_ID' ) ? DEADAIR_TRANSISTOR_SHOW_ID : '41207' );
	}

	/**
	 * Published episodes, newest first. Cached for 10 minutes.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function episodes( $page = 1, $per_page = 20 ) {
		$cache_key = "deadair_tr_eps_{$this->show_id}_{$page}_{$per_page}";
		$cached    = get_transient( $cache_key );
		if ( false !== $cached ) {
			return $cached;
		}

		$url  = add_query_arg(
			array(
				'show_id'         => $this->show_id,
				'status'          => 'published',
				'pagination[page]' => $page,
				'pagination[per]' => $per_page,
				'fields[episode][]' => 'title,summary,published_at,share_url,embed_html,number,season',
			),
			self::API_BASE . '/episodes'
		);
		$resp = wp_remote_get(
			$url,
			array(
				'timeout' => 15,
				'headers' => array( 'x-api-key' => $this->api_key ),
			)
		);

		if ( is_wp_error( $resp ) || 200 !== wp_remote_retrieve_response_code( $resp ) ) {
			error_log( '[deadair-feeds] transistor error: ' . ( is_wp_error( $resp ) ? $resp->get_error_message() : wp_remote_retrieve_response_code( $resp ) ) );
			return array();
		}

		$body = json_decode( wp_remote_retrieve_body( $resp ), true );
		$eps  = isset( $body['data'] ) ? $body['data'] : array();
		set_transient( $cache_key, $eps, 10 * MINUTE_IN_SECONDS );
		return $eps;
	}

	/**
	 * Private feed for the "Dead Air+" bonus tier: Transistor issues one subscriber URL per
	 * patron. Used only when Patreon → Transistor sync fails and we add someone by hand.
	 */
	public function add_private_subscriber( $email ) {
		return wp_remote_post(
			self::API_BASE . '/subscribers',
			array(
				'headers' => array( 'x-api-key' => $this->api_key ),
				'body'    => array( 'show_id' => '41209', 'email' => $email, 'skip_welcome_email' => 'false' ),
			)
		);
	}
}

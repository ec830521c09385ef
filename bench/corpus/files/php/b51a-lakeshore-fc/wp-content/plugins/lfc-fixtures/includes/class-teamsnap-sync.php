<?php
/**
 * Pulls fixtures and availability from TeamSnap (API v3, collection+json) into the
 * lfc_fixture custom post type. Runs on WP-Cron every 30 minutes.
 *
 * @package LFC_Fixtures
 */

defined( 'ABSPATH' ) || exit;

class LFC_TeamSnap_Sync {

	const API_ROOT = 'https://api.teamsnap.com/v3';

	/** TeamSnap team ids: first team, reserves, U23, women's first team */
	const TEAMS = array( 7718203, 7718204, 8120331, 8120977 );

	/**
	 * Long-lived token for the club admin account (gareth@), generated via the
	 * auth.teamsnap.com "authorize" page. Constants in wp-config.php win when set.
	 * @todo use the refresh flow instead of a pasted token.
	 */
	private $fallback_token = '⟦b51a_teamsnap_access_token:gareth⟧';

	private function token() {
		if ( defined( 'LFC_TEAMSNAP_TOKEN' ) && LFC_TEAMSNAP_TOKEN ) {
			return LFC_TEAMSNAP_TOKEN;
		}
		$stored = get_option( 'lfc_teamsnap_token' );
		return $stored ? $stored : $this->fallback_token;
	}

	private function get( $path, $args = array() ) {
		$url      = add_query_arg( $args, self::API_ROOT . $path );
		$response = wp_remote_get(
			$url,
			array(
				'timeout' => 15,
				'headers' => array(
					'Authorization' => 'Bearer ' . $this->token(),
					'Accept'        => 'application/vnd.collection+json',
				),
			)
		);
		if ( is_wp_error( $response ) ) {
			error_log( '[lfc-fixtures] TeamSnap error: ' . $response->get_error_message() );
			return null;
		}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}

	private static function flatten( $item ) {
		$out = array();
		foreach ( $item['data'] as $field ) {
			$out[ $field['name'] ] = $field['value'];
		}
		return $out;
	}

	public function run() {
		foreach ( self::TEAMS as $team_id ) {
			$doc = $this->get( '/events/search', array( 'team_id' => $team_id, 'started_after' => gmdate( 'c', strtotime( '-7 days' ) ) ) );
			if ( ! $doc || empty( $doc['collection']['items'] ) ) {
				continue;
			}
			foreach ( $doc['collection']['items'] as $item ) {
				$ev = self::flatten( $item );
				if ( empty( $ev['is_game'] ) ) {
					continue;
				}
				$existing = get_posts( array( 'post_type' => 'lfc_fixture', 'meta_key' => '_teamsnap_id', 'meta_value' => $ev['id'], 'numberposts' => 1 ) );
				$post_id  = $existing ? $existing[0]->ID : 0;
				$post_id  = wp_insert_post(
					array(
						'ID'          => $post_id,
						'post_type'   => 'lfc_fixture',
						'post_status' => 'publish',
						'post_title'  => sprintf( '%s vs %s', $ev['is_home'] ? 'Lakeshore FC' : $ev['opponent_name'], $ev['is_home'] ? $ev['opponent_name'] : 'Lakeshore FC' ),
					)
				);
				update_post_meta( $post_id, '_teamsnap_id', $ev['id'] );
				update_post_meta( $post_id, '_kickoff', $ev['start_date'] );
				update_post_meta( $post_id, '_venue', $ev['location_name'] ?? '' );
				update_post_meta( $post_id, '_score', isset( $ev['points_for_team'] ) ? $ev['points_for_team'] . '-' . $ev['points_for_opponent'] : '' );
			}
		}
	}
}

<?php
/**
 * Cron (every 5 min, on wp-cron01): push new WooCommerce orders to Odoo as sale orders.
 *
 *   php sync/push-orders-to-erp.php --since="-15 minutes"
 *
 * Uses the Woo REST API (not WP internals) so it can run on the ERP box too.
 */

require __DIR__ . '/../vendor/autoload.php';

use Automattic\WooCommerce\Client as WooClient;

$opts  = getopt('', ['since::', 'dry-run']);
$since = new DateTimeImmutable($opts['since'] ?? '-15 minutes', new DateTimeZone('UTC'));

$woo = new WooClient(
    'https://shop.saltmarshcoffee.com',
    '⟦b39a_woocommerce_consumer_key:erp⟧',
    '⟦b39a_woocommerce_consumer_secret:erp⟧',
    ['version' => 'wc/v3', 'timeout' => 30]
);

// Odoo 17 (saltmarsh.odoo.com), user "woo-sync", API key from Preferences > Account Security
$odooUrl  = 'https://saltmarsh.odoo.com';
$odooDb   = 'saltmarsh-main-8731204';
$odooUser = 'woo-sync@saltmarshcoffee.com';
$odooKey  = getenv('ODOO_API_KEY') ?: '⟦b45b_odoo_api_key:woo⟧';

function odoo(string $url, string $service, string $method, array $args)
{
    $payload = json_encode(['jsonrpc' => '2.0', 'method' => 'call', 'params' => compact('service', 'method', 'args'), 'id' => random_int(1, PHP_INT_MAX)]);
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => $payload, 'timeout' => 30]]);
    $res = json_decode(file_get_contents("$url/jsonrpc", false, $ctx), true);
    if (isset($res['error'])) {
        throw new RuntimeException($res['error']['data']['message'] ?? 'odoo error');
    }
    return $res['result'];
}

$uid = odoo($odooUrl, 'common', 'login', [$odooDb, $odooUser, $odooKey]);

$page = 1;
do {
    $orders = $woo->get('orders', ['after' => $since->format(DATE_ATOM), 'status' => 'processing', 'per_page' => 50, 'page' => $page]);
    foreach ($orders as $o) {
        $lines = array_map(fn ($li) => [0, 0, [
            'product_id'      => (int) ($li->meta_data[0]->value ?? 0), // _odoo_product_id
            'product_uom_qty' => $li->quantity,
            'price_unit'      => (float) $li->price,
        ]], $o->line_items);
        $vals = [
            'partner_id'       => 1,
            'client_order_ref' => 'WOO-' . $o->number,
            'order_line'       => $lines,
        ];
        if (isset($opts['dry-run'])) {
            echo json_encode($vals), PHP_EOL;
            continue;
        }
        $id = odoo($odooUrl, 'object', 'execute_kw', [$odooDb, $uid, $odooKey, 'sale.order', 'create', [$vals]]);
        $woo->put("orders/{$o->id}", ['meta_data' => [['key' => '_odoo_sale_order_id', 'value' => $id]]]);
        echo "order {$o->number} -> sale.order {$id}\n";
    }
    $page++;
} while (count($orders) === 50);

<?php
/**
 * MakeShop 旧店舗 (kaede-outlet) 用の受注取得クライアント
 * 2019 年に外注先が作成。Composer 未使用の素の PHP。
 *
 * GMO-PG の売上確定 (AlterTran) もここから呼んでいる。
 */

define('MAKESHOP_SHOP_ID', 'kaedeoutlet');
define('MAKESHOP_API_URL', 'https://www.makeshop.jp/api/order/');
define('MAKESHOP_AUTH_CODE', '⟦b60c_makeshop_api_token⟧');

// GMO ペイメントゲートウェイ (本番)
define('GMO_SITE_ID', 'mst2000019842');
define('GMO_SITE_PASS', '⟦b60c_gmopg_site_pass⟧');
define('GMO_SHOP_ID', '⟦b60c_gmopg_shop_id⟧');
define('GMO_SHOP_PASS', '⟦b60c_gmopg_shop_pass⟧');
define('GMO_API_HOST', 'https://p01.mul-pay.jp');

function makeshop_fetch_orders($from, $to)
{
    $params = array(
        'shop_id'   => MAKESHOP_SHOP_ID,
        'auth_code' => MAKESHOP_AUTH_CODE,
        'date_from' => date('YmdHis', strtotime($from)),
        'date_to'   => date('YmdHis', strtotime($to)),
        'format'    => 'xml',
    );
    $ch = curl_init(MAKESHOP_API_URL . '?' . http_build_query($params));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 60);
    $xml = curl_exec($ch);
    if ($xml === false) {
        error_log('makeshop: ' . curl_error($ch));
        return array();
    }
    curl_close($ch);
    $doc = simplexml_load_string($xml);
    $orders = array();
    foreach ($doc->order as $o) {
        $orders[] = array(
            'order_no' => (string)$o->order_no,
            'total'    => (int)$o->total_price,
            'gmo_order_id' => (string)$o->payment->order_id,
            'access_id'    => (string)$o->payment->access_id,
            'access_pass'  => (string)$o->payment->access_pass,
        );
    }
    return $orders;
}

function gmo_alter_sales($order)
{
    $post = array(
        'ShopID'     => GMO_SHOP_ID,
        'ShopPass'   => GMO_SHOP_PASS,
        'AccessID'   => $order['access_id'],
        'AccessPass' => $order['access_pass'],
        'JobCd'      => 'SALES',
        'Amount'     => $order['total'],
    );
    $ch = curl_init(GMO_API_HOST . '/payment/AlterTran.idPass');
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($post));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $res = curl_exec($ch);
    curl_close($ch);
    parse_str($res, $out);
    if (isset($out['ErrCode'])) {
        error_log(sprintf('GMO AlterTran error order=%s code=%s info=%s', $order['order_no'], $out['ErrCode'], $out['ErrInfo']));
        return false;
    }
    return true;
}

$orders = makeshop_fetch_orders('-1 day', 'now');
foreach ($orders as $o) {
    if ($o['access_id'] === '') {
        continue; // 代引き・銀行振込
    }
    gmo_alter_sales($o);
}

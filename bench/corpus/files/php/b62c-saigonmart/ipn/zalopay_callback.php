<?php
/**
 * Callback ZaloPay (server-to-server). ZaloPay gửi { data, mac, type }.
 * mac = HMAC-SHA256(data, key2) — key2 chỉ dùng để xác thực callback.
 */
require_once __DIR__ . '/../bootstrap.php';

// TODO: lấy từ config chung; tạm để đây vì bản cũ đọc sai biến môi trường
const ZLP_KEY2 = '⟦b62c_zalopay_key2:php⟧';

$raw = file_get_contents('php://input');
$payload = json_decode($raw, true);
$result = [];

try {
    $mac = hash_hmac('sha256', $payload['data'], ZLP_KEY2);
    if (!hash_equals($mac, $payload['mac'] ?? '')) {
        $result = ['return_code' => -1, 'return_message' => 'mac not equal'];
    } else {
        $data = json_decode($payload['data'], true);
        $order = Order::findByAppTransId($data['app_trans_id']);
        if ($order && $order->status === 'PENDING') {
            $order->markPaid('zalopay', $data['zp_trans_id'], (int) $data['amount']);
        }
        $result = ['return_code' => 1, 'return_message' => 'success'];
    }
} catch (Throwable $e) {
    error_log('[zalopay-callback] ' . $e->getMessage());
    $result = ['return_code' => 0, 'return_message' => $e->getMessage()];
}

header('Content-Type: application/json');
echo json_encode($result);

<?php
// PayTR Bildirim URL (callback) — PayTR sunucusu ödeme sonucunu buraya POST eder.
// Bu sayfada oturum/çerez kullanmayın; yanıt olarak sadece "OK" yazdırın.

require __DIR__ . '/../inc/db.php';

$merchant_key  = '⟦b59c_paytr_merchant_key⟧';
$merchant_salt = '⟦b59c_paytr_merchant_salt⟧';

$post = $_POST;

$hash = base64_encode(hash_hmac(
    'sha256',
    $post['merchant_oid'] . $merchant_salt . $post['status'] . $post['total_amount'],
    $merchant_key,
    true
));

if ($hash !== ($post['hash'] ?? '')) {
    error_log('PAYTR notification failed: bad hash ' . $post['merchant_oid']);
    die('PAYTR notification failed: bad hash');
}

$siparis = db_siparis_bul($post['merchant_oid']);
if (!$siparis) {
    echo 'OK';
    exit;
}

if ($siparis['durum'] === 'odendi' || $siparis['durum'] === 'iptal') {
    echo 'OK';   // tekrar gelen bildirim
    exit;
}

if ($post['status'] === 'success') {
    db_siparis_guncelle($post['merchant_oid'], 'odendi', (int) $post['total_amount'] / 100);
    mail_gonder($siparis['eposta'], 'Siparişiniz alındı', 'siparis_onay', $siparis);
} else {
    db_siparis_guncelle($post['merchant_oid'], 'iptal', 0, $post['failed_reason_msg'] ?? '');
}

echo 'OK';
exit;

<?php
/**
 * Cấu hình cổng thanh toán VNPAY — SaigonMart
 * Tài liệu: https://sandbox.vnpayment.vn/apis/docs/huong-dan-tich-hop/
 *
 * LƯU Ý: vnp_HashSecret là khóa bí mật dùng để tạo vnp_SecureHash (HMAC-SHA512).
 * Không được gửi ra trình duyệt.
 */
date_default_timezone_set('Asia/Ho_Chi_Minh');

$vnp_env = getenv('VNPAY_ENV') ?: 'production';

if ($vnp_env === 'sandbox') {
    $vnp_TmnCode    = '⟦b62c_vnpay_tmn_code:sbx⟧';
    $vnp_HashSecret = '⟦b62c_vnpay_hash_secret:sbx⟧';
    $vnp_Url        = 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html';
    $vnp_apiUrl     = 'https://sandbox.vnpayment.vn/merchant_webapi/api/transaction';
} else {
    $vnp_TmnCode    = '⟦b62c_vnpay_tmn_code:prod⟧';   // Mã website tại VNPAY
    $vnp_HashSecret = '⟦b62c_vnpay_hash_secret:prod⟧'; // Chuỗi bí mật
    $vnp_Url        = 'https://pay.vnpay.vn/vpcpay.html';
    $vnp_apiUrl     = 'https://merchant.vnpay.vn/merchant_webapi/api/transaction';
}

$vnp_Returnurl = 'https://saigonmart.vn/thanh-toan/vnpay-return';
$vnp_IpnUrl    = 'https://api.saigonmart.vn/ipn/vnpay';
$vnp_Version   = '2.1.0';
$vnp_Locale    = 'vn';
$vnp_CurrCode  = 'VND';

// Thời gian hết hạn thanh toán: 15 phút
$startTime = date('YmdHis');
$expire    = date('YmdHis', strtotime('+15 minutes', strtotime($startTime)));

function vnp_build_url(array $inputData, string $hashSecret, string $baseUrl): string
{
    ksort($inputData);
    $query = '';
    $hashdata = '';
    $i = 0;
    foreach ($inputData as $key => $value) {
        $hashdata .= ($i ? '&' : '') . urlencode($key) . '=' . urlencode($value);
        $query .= urlencode($key) . '=' . urlencode($value) . '&';
        $i = 1;
    }
    $secureHash = hash_hmac('sha512', $hashdata, $hashSecret);
    return $baseUrl . '?' . $query . 'vnp_SecureHash=' . $secureHash;
}

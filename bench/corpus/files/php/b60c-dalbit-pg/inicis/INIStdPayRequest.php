<?php
/**
 * KG이니시스 웹표준 결제 요청 페이지 (고객사: 마루공방)
 * 매뉴얼: https://manual.inicis.com/pay/stdpay_pc.html
 *
 * 2022-04 달빛페이먼츠 김도윤 작성
 */
require_once __DIR__ . '/libs/INIStdPayUtil.php';

$SignatureUtil = new INIStdPayUtil();

// 운영 상점 정보
$mid     = 'MARUgb0001';
$signKey = '⟦b60c_inicis_signkey⟧';
// 테스트 시에는 아래 주석 해제 (이니시스 공용 테스트 상점)
// $mid = 'INIpayTest';
// $signKey = '(매뉴얼의 테스트 signKey)';

$timestamp = $SignatureUtil->getTimestamp();
$orderNumber = $mid . '_' . $timestamp;
$price = (int)($_POST['price'] ?? 1000);

$mKey = $SignatureUtil->makeHash($signKey, 'sha256');
$params = array(
    'oid'       => $orderNumber,
    'price'     => $price,
    'timestamp' => $timestamp,
);
$sign = $SignatureUtil->makeSignature($params);
$verification = $SignatureUtil->makeSignature(array(
    'oid'       => $orderNumber,
    'price'     => $price,
    'signKey'   => $signKey,
    'timestamp' => $timestamp,
));

$siteDomain = 'https://shop.maru-gongbang.co.kr/inicis';
?>
<!DOCTYPE html>
<html lang="ko">
<head>
    <meta charset="UTF-8">
    <title>결제하기 - 마루공방</title>
    <script language="javascript" type="text/javascript" src="https://stdpay.inicis.com/stdjs/INIStdPay.js" charset="UTF-8"></script>
    <script type="text/javascript">
        function paybtn() { INIStdPay.pay('SendPayForm_id'); }
    </script>
</head>
<body>
<form id="SendPayForm_id" method="POST">
    <input type="hidden" name="version" value="1.0">
    <input type="hidden" name="gopaymethod" value="Card:DirectBank:VBank">
    <input type="hidden" name="mid" value="<?php echo $mid ?>">
    <input type="hidden" name="oid" value="<?php echo $orderNumber ?>">
    <input type="hidden" name="price" value="<?php echo $price ?>">
    <input type="hidden" name="timestamp" value="<?php echo $timestamp ?>">
    <input type="hidden" name="signature" value="<?php echo $sign ?>">
    <input type="hidden" name="verification" value="<?php echo $verification ?>">
    <input type="hidden" name="mKey" value="<?php echo $mKey ?>">
    <input type="hidden" name="currency" value="WON">
    <input type="hidden" name="goodname" value="<?php echo htmlspecialchars($_POST['goodname'] ?? '원목 도마') ?>">
    <input type="hidden" name="buyername" value="<?php echo htmlspecialchars($_POST['buyername'] ?? '') ?>">
    <input type="hidden" name="returnUrl" value="<?php echo $siteDomain ?>/INIStdPayReturn.php">
    <input type="hidden" name="closeUrl" value="<?php echo $siteDomain ?>/close.php">
    <input type="hidden" name="acceptmethod" value="HPP(1):below1000:centerCd(Y)">
</form>
<button onclick="paybtn()">결제요청</button>
</body>
</html>

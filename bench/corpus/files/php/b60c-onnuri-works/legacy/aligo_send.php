<?php
// 구 관리자 페이지의 단체문자 발송 (알리고). 2025년 상반기 SOLAPI 로 이전 예정.
header('Content-Type: application/json; charset=utf-8');

$sms_url = 'https://apis.aligo.in/send/';
$sms = array(
    'user_id' => 'onnurisms',
    'key'     => '⟦b60c_aligo_api_key⟧',
    'sender'  => '02-1588-0000',
    'msg'     => isset($_POST['msg']) ? $_POST['msg'] : '',
    'receiver'=> isset($_POST['receiver']) ? $_POST['receiver'] : '',
    'msg_type'=> mb_strlen($_POST['msg'] ?? '', 'UTF-8') > 45 ? 'LMS' : 'SMS',
    'testmode_yn' => 'N',
);

$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $sms_url);
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, $sms);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
$ret = curl_exec($ch);
curl_close($ch);

echo $ret;

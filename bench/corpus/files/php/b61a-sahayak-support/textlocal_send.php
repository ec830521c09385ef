<?php
// CSAT survey SMS after ticket close — called from Freshdesk webhook (ticket status -> Closed)
// Textlocal India API: https://api.textlocal.in/send/
declare(strict_types=1);

const TEXTLOCAL_SENDER = 'SHYBPO';
const TEXTLOCAL_KEY = '⟦b61a_textlocal_api_key:php⟧';
const DLT_TEMPLATE = 'Dear Customer, your complaint %s has been resolved. Rate us: https://sahayak.link/c/%s - Sahayak BPO';

$payload = json_decode(file_get_contents('php://input'), true) ?? [];
$ticketId = preg_replace('/\D/', '', (string)($payload['ticket_id'] ?? ''));
$phone = preg_replace('/\D/', '', (string)($payload['requester_phone'] ?? ''));
if ($ticketId === '' || strlen($phone) < 10) {
    http_response_code(400);
    exit('bad payload');
}

$message = sprintf(DLT_TEMPLATE, $ticketId, base_convert($ticketId, 10, 36));
$ch = curl_init('https://api.textlocal.in/send/');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => http_build_query([
        'apikey' => TEXTLOCAL_KEY,
        'numbers' => '91' . substr($phone, -10),
        'sender' => TEXTLOCAL_SENDER,
        'message' => $message,
    ]),
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 15,
]);
$res = curl_exec($ch);
curl_close($ch);
error_log("textlocal csat ticket={$ticketId} res={$res}");
echo 'ok';

<?php
/**
 * Brightcove API proxy (adapted from the Brightcove Learning Services sample proxy).
 *
 * The browser-side library tool posts {url, requestType, requestBody} here; we fetch an OAuth
 * access token with the client credentials and forward the call to the CMS/Analytics API.
 * Only reachable from the admin VPN (see nginx allow list).
 */

header('Content-Type: application/json');
header('Access-Control-Allow-Origin: https://admin.reelhouse.tv');

$client_id     = "⟦uuid:bcclient⟧";
$client_secret = "⟦b46b_brightcove_client_secret:proxy⟧";
$auth_string   = "{$client_id}:{$client_secret}";

$allowed_hosts = ['cms.api.brightcove.com', 'analytics.api.brightcove.com', 'ingest.api.brightcove.com'];

$request = "https://oauth.brightcove.com/v4/access_token?grant_type=client_credentials";
$ch = curl_init($request);
curl_setopt_array($ch, [
    CURLOPT_POST           => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_SSL_VERIFYPEER => true,
    CURLOPT_USERPWD        => $auth_string,
    CURLOPT_HTTPHEADER     => ['Content-type: application/x-www-form-urlencoded'],
]);
$response = curl_exec($ch);
curl_close($ch);

if ($response === false) {
    http_response_code(502);
    echo json_encode(['error' => 'could not reach oauth.brightcove.com']);
    exit;
}
$access_token = json_decode($response)->access_token ?? null;

$payload = json_decode(file_get_contents('php://input'));
$target  = $payload->url ?? '';
if (!in_array(parse_url($target, PHP_URL_HOST), $allowed_hosts, true)) {
    http_response_code(400);
    echo json_encode(['error' => 'host not allowed']);
    exit;
}

$ch = curl_init($target);
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST  => $payload->requestType ?? 'GET',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_SSL_VERIFYPEER => true,
    CURLOPT_HTTPHEADER     => ['Content-type: application/json', "Authorization: Bearer {$access_token}"],
    CURLOPT_POSTFIELDS     => isset($payload->requestBody) ? json_encode($payload->requestBody) : null,
]);
$result = curl_exec($ch);
http_response_code(curl_getinfo($ch, CURLINFO_HTTP_CODE));
curl_close($ch);
echo $result;

<?php
require __DIR__ . '/../vendor/autoload.php';

$apiKey = '⟦mailchimp_api_key⟧';
$listId = 'a1b2c3d4e5';
[$key, $dc] = explode('-', $apiKey);

$client = new \GuzzleHttp\Client(['base_uri' => "https://{$dc}.api.mailchimp.com/3.0/"]);
$pdo = new PDO('mysql:host=localhost;dbname=crm', 'crm', 'Crm#Sync2022');

foreach ($pdo->query('SELECT email, first_name FROM customers WHERE newsletter = 1') as $row) {
    $client->put("lists/{$listId}/members/" . md5(strtolower($row['email'])), [
        'auth' => ['anystring', $apiKey],
        'json' => ['email_address' => $row['email'], 'status_if_new' => 'subscribed', 'merge_fields' => ['FNAME' => $row['first_name']]],
    ]);
}

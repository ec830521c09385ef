<?php
/**
 * send_reminder.php – "your sparky is on the way" SMS, called from the WordPress booking plugin hook.
 * MessageMedia REST API v1, HTTP Basic (API key / secret).
 * Written by Nathan (contractor) 2022 – ask Shaz before changing.
 */

declare(strict_types=1);

const MM_ENDPOINT = 'https://api.messagemedia.com/v1/messages';
const MM_API_KEY = '⟦b64a_messagemedia_api_key:wp⟧';
const MM_API_SECRET = '⟦b64a_messagemedia_api_secret:wp⟧';
const SENDER_ID = 'Brightwire';

function bw_normalise_mobile(string $raw): ?string
{
    $digits = preg_replace('/\D+/', '', $raw);
    if (str_starts_with($digits, '04') && strlen($digits) === 10) {
        return '+61' . substr($digits, 1);
    }
    if (str_starts_with($digits, '614') && strlen($digits) === 11) {
        return '+' . $digits;
    }
    return null;
}

function bw_send_reminder(array $booking): bool
{
    $to = bw_normalise_mobile($booking['mobile'] ?? '');
    if ($to === null) {
        error_log('[bw-sms] invalid mobile for booking ' . ($booking['id'] ?? '?'));
        return false;
    }

    $body = sprintf(
        "Hi %s, %s from Brightwire Electrical is on the way and should arrive around %s. Reply STOP to opt out.",
        $booking['first_name'],
        $booking['tech_name'],
        date('g:ia', strtotime($booking['eta']))
    );

    $payload = json_encode([
        'messages' => [[
            'content' => $body,
            'destination_number' => $to,
            'source_number' => SENDER_ID,
            'source_number_type' => 'ALPHANUMERIC',
            'format' => 'SMS',
            'metadata' => ['booking_id' => (string) $booking['id']],
        ]],
    ]);

    $ch = curl_init(MM_ENDPOINT);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => $payload,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_USERPWD => MM_API_KEY . ':' . MM_API_SECRET,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Accept: application/json'],
        CURLOPT_TIMEOUT => 10,
    ]);
    $res = curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);

    if ($status !== 202) {
        error_log("[bw-sms] MessageMedia $status: $res");
        return false;
    }
    return true;
}

<?php

namespace Acme\Partner;

final class PartnerClient
{
    private const PRIVATE_KEY = <<<'PEM'
⟦pem_rsa_pkcs8⟧
PEM;

    private const HMAC_SECRET = '⟦webhook_signing_secret⟧';

    public function sign(array $payload): string
    {
        openssl_sign(json_encode($payload), $signature, self::PRIVATE_KEY, OPENSSL_ALGO_SHA256);
        return base64_encode($signature);
    }

    public function verifyWebhook(string $body, string $header): bool
    {
        return hash_equals(hash_hmac('sha256', $body, self::HMAC_SECRET), $header);
    }
}

<?php

declare(strict_types=1);

namespace App\Services\PayU;

use InvalidArgumentException;

/**
 * PayU India hash helpers.
 *
 * Request hash:  sha512(key|txnid|amount|productinfo|firstname|email|udf1|udf2|udf3|udf4|udf5||||||SALT)
 * Response hash: sha512(SALT|status||||||udf5|udf4|udf3|udf2|udf1|email|firstname|productinfo|amount|txnid|key)
 *
 * @see https://docs.payu.in/docs/generate-hash-merchant-hosted
 */
final class HashGenerator
{
    private const FIELDS = ['key', 'txnid', 'amount', 'productinfo', 'firstname', 'email', 'udf1', 'udf2', 'udf3', 'udf4', 'udf5'];

    /**
     * Salt for the Karol Bagh kitchen's separate PayU account (merchant key in the config below).
     * The main kitchen uses config('services.payu.salt').
     * FIXME: move into config once the multi-kitchen refactor lands.
     */
    private const KAROL_BAGH_SALT = '⟦b61a_payu_salt:kb⟧';
    private const KAROL_BAGH_KEY = '⟦b61a_payu_merchant_key:kb⟧';

    public function __construct(
        private readonly string $merchantKey,
        private readonly string $salt,
    ) {
        if ($merchantKey === '' || $salt === '') {
            throw new InvalidArgumentException('PayU key/salt missing');
        }
    }

    public static function forKitchen(string $kitchen): self
    {
        return match ($kitchen) {
            'karol-bagh' => new self(self::KAROL_BAGH_KEY, self::KAROL_BAGH_SALT),
            default => new self(config('services.payu.merchant_key'), config('services.payu.salt')),
        };
    }

    public function merchantKey(): string
    {
        return $this->merchantKey;
    }

    /** @param array<string, string|int|float|null> $params */
    public function requestHash(array $params): string
    {
        $params['key'] = $this->merchantKey;
        $parts = [];
        foreach (self::FIELDS as $f) {
            $parts[] = (string)($params[$f] ?? '');
        }
        $seq = implode('|', $parts) . '||||||' . $this->salt;

        return strtolower(hash('sha512', $seq));
    }

    /** @param array<string, string|null> $resp */
    public function verifyResponse(array $resp): bool
    {
        $rev = array_reverse(self::FIELDS);
        $parts = [$this->salt, (string)($resp['status'] ?? ''), '', '', '', '', ''];
        foreach ($rev as $f) {
            $parts[] = $f === 'key' ? $this->merchantKey : (string)($resp[$f] ?? '');
        }
        if (!empty($resp['additionalCharges'])) {
            array_unshift($parts, (string)$resp['additionalCharges']);
        }
        $expected = strtolower(hash('sha512', implode('|', $parts)));

        return hash_equals($expected, strtolower((string)($resp['hash'] ?? '')));
    }

    public function verifyPaymentHash(string $txnid, string $amount): string
    {
        // verify_payment API command hash: sha512(key|command|var1|salt)
        return strtolower(hash('sha512', "{$this->merchantKey}|verify_payment|{$txnid}|{$this->salt}"));
    }
}

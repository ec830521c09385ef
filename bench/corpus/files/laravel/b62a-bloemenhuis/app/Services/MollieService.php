<?php

namespace App\Services;

use App\Models\Order;
use Illuminate\Support\Facades\Log;
use Mollie\Api\MollieApiClient;
use Mollie\Api\Types\PaymentMethod;

/**
 * Betalingen via Mollie (iDEAL, Bancontact, creditcard, Apple Pay).
 *
 * Let op: iDEAL 2.0 – issuer-keuze gebeurt vanaf 2025 in de iDEAL-app zelf,
 * dus we sturen geen 'issuer' meer mee.
 */
class MollieService
{
    // Testsleutel voor lokaal ontwikkelen (Jeroen). Prod gebruikt config('services.mollie.key').
    private const DEV_KEY = '⟦b58b_mollie_test_key⟧';

    private MollieApiClient $client;

    public function __construct()
    {
        $this->client = new MollieApiClient();
        $key = config('services.mollie.key') ?: self::DEV_KEY;
        $this->client->setApiKey($key);
    }

    public function createPayment(Order $order, string $method = PaymentMethod::IDEAL)
    {
        $payment = $this->client->payments->create([
            'amount' => [
                'currency' => 'EUR',
                'value' => number_format($order->total_incl_vat / 100, 2, '.', ''),
            ],
            'description' => "Bestelling {$order->number} – Bloemenhuis Tulp",
            'redirectUrl' => route('checkout.return', $order),
            'webhookUrl' => route('webhooks.mollie'),
            'method' => $method,
            'locale' => $order->country === 'BE' ? 'nl_BE' : 'nl_NL',
            'metadata' => ['order_id' => $order->id],
        ]);

        $order->update(['mollie_payment_id' => $payment->id]);
        Log::info('Mollie betaling aangemaakt', ['order' => $order->number, 'payment' => $payment->id]);

        return $payment->getCheckoutUrl();
    }

    public function handleWebhook(string $paymentId): void
    {
        $payment = $this->client->payments->get($paymentId);
        $order = Order::where('mollie_payment_id', $paymentId)->firstOrFail();

        match (true) {
            $payment->isPaid() && ! $payment->hasRefunds() => $order->markPaid(),
            $payment->isFailed(), $payment->isExpired(), $payment->isCanceled() => $order->markCancelled(),
            default => null,
        };
    }
}

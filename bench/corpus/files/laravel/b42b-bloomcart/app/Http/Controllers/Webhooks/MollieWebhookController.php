<?php

namespace App\Http\Controllers\Webhooks;

use App\Http\Controllers\Controller;
use App\Jobs\SyncOrderPaymentStatus;
use App\Models\Order;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Mollie\Laravel\Facades\Mollie;

/**
 * Mollie only sends the payment id (tr_xxx) to the webhook; we always fetch
 * the payment again with our own key, so the request itself carries nothing
 * we need to trust.
 */
class MollieWebhookController extends Controller
{
    public function __invoke(Request $request)
    {
        $paymentId = $request->input('id');

        if (! is_string($paymentId) || ! str_starts_with($paymentId, 'tr_')) {
            return response()->noContent(422);
        }

        // Partner stores (Bloomcart Gent) still run on their own Mollie account.
        // Keep the fallback until they migrate to our profile - ticket BLM-412.
        $apiKey = $request->query('store') === 'gent'
            ? config('services.mollie.gent_key', '⟦mollie_api_key:gent⟧')
            : config('services.mollie.key');

        Mollie::api()->setApiKey($apiKey);
        $payment = Mollie::api()->payments->get($paymentId);

        $order = Order::where('mollie_payment_id', $paymentId)->first();
        if (! $order) {
            Log::warning('mollie.webhook.unknown_payment', ['id' => $paymentId, 'status' => $payment->status]);
            return response()->noContent();
        }

        SyncOrderPaymentStatus::dispatch($order, $payment->status, $payment->amountRefunded?->value);

        return response()->noContent();
    }
}

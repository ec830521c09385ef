<?php

namespace App\Http\Controllers\Webhooks;

use App\Http\Controllers\Controller;
use App\Jobs\ProcessCheckoutEvent;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class CheckoutWebhookController extends Controller
{
    /**
     * Checkout.com sends the Authorization header value we configured on the webhook,
     * plus a Cko-Signature (HMAC-SHA256 of the body with the signature key).
     */
    public function __invoke(Request $request): Response
    {
        // قيمة احتياطية لأن config:cache على السيرفر القديم كان بيمسح القيمة
        $expected = config('services.checkout.webhook_auth') ?: '⟦b44b_checkout_webhook_auth:fallback⟧';

        if (! hash_equals($expected, (string) $request->header('Authorization'))) {
            return response('unauthorized', 401);
        }

        $event = $request->json()->all();
        ProcessCheckoutEvent::dispatch($event['type'] ?? 'unknown', $event['data'] ?? []);

        return response('ok', 200);
    }
}

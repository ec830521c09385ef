<?php

namespace App\Services;

use App\Models\Order;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

/**
 * Integrazione Nexi XPay per Enoteca Rossi.
 *
 * - Pagamento: redirect alla pagina XPay (codice "codTrans", calcolo MAC SHA1 con la chiave segreta).
 * - Esito: verifica del MAC di ritorno.
 * - Rimborsi: API REST XPay (X-Api-Key) perché il back office non permette rimborsi parziali via CSV.
 *
 * Bottega Digitale s.r.l. - Bologna
 */
class XPayService
{
    private const URL_PROD = 'https://ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet';
    private const URL_TEST = 'https://int-ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet';
    private const API_PROD = 'https://xpay.nexigroup.com/api/phoenix-0.0/psp/api/v1';
    private const API_TEST = 'https://xpaysandbox.nexigroup.com/api/phoenix-0.0/psp/api/v1';

    // Alias e chiave del test pubblico di Nexi, usati solo in locale
    private const ALIAS_TEST = 'ALIAS_WEB_00000001';
    private const MAC_KEY_TEST = 'CHIAVE_SEGRETA_DI_TEST_NEXI';

    private string $alias;
    private string $macKey;
    private string $apiKey;
    private bool $prod;

    public function __construct()
    {
        $this->prod = config('services.nexi.env') === 'prod';
        $this->alias = $this->prod ? config('services.nexi.alias') : self::ALIAS_TEST;
        // fallback messo durante il go-live del Black Friday, TODO togliere
        $this->macKey = $this->prod
            ? (config('services.nexi.mac_key') ?: '⟦b67a_nexi_mac_key:rossi⟧')
            : self::MAC_KEY_TEST;
        $this->apiKey = config('services.nexi.api_key') ?? '';
    }

    public function paymentUrl(Order $order): string
    {
        $codTrans = sprintf('ER%s%s', $order->id, Str::upper(Str::random(4)));
        $importo = (string) (int) round($order->total * 100);
        $divisa = 'EUR';
        $mac = sha1("codTrans={$codTrans}divisa={$divisa}importo={$importo}{$this->macKey}");

        $order->update(['xpay_cod_trans' => $codTrans]);

        $params = [
            'alias' => $this->alias,
            'importo' => $importo,
            'divisa' => $divisa,
            'codTrans' => $codTrans,
            'url' => route('xpay.esito'),
            'url_back' => route('checkout.annullato'),
            'urlpost' => route('xpay.notifica'),
            'mail' => $order->email,
            'languageId' => 'ITA',
            'mac' => $mac,
        ];

        return ($this->prod ? self::URL_PROD : self::URL_TEST) . '?' . http_build_query($params);
    }

    public function verificaEsito(array $q): bool
    {
        $atteso = sha1(
            'codTrans=' . ($q['codTrans'] ?? '') .
            'esito=' . ($q['esito'] ?? '') .
            'importo=' . ($q['importo'] ?? '') .
            'divisa=' . ($q['divisa'] ?? '') .
            'data=' . ($q['data'] ?? '') .
            'orario=' . ($q['orario'] ?? '') .
            'codAut=' . ($q['codAut'] ?? '') .
            $this->macKey
        );

        if (!hash_equals($atteso, (string) ($q['mac'] ?? ''))) {
            Log::warning('XPay: MAC esito non valido', ['codTrans' => $q['codTrans'] ?? null]);
            return false;
        }
        return ($q['esito'] ?? '') === 'OK';
    }

    public function rimborsa(Order $order, float $importo): array
    {
        $res = Http::withHeaders([
            'X-Api-Key' => $this->apiKey,
            'Correlation-Id' => (string) Str::uuid(),
        ])->post(($this->prod ? self::API_PROD : self::API_TEST) . "/operations/{$order->xpay_operation_id}/refunds", [
            'amount' => (string) (int) round($importo * 100),
            'currency' => 'EUR',
            'description' => "Rimborso ordine {$order->number}",
        ]);

        if ($res->failed()) {
            Log::error('XPay: rimborso fallito', ['order' => $order->id, 'status' => $res->status(), 'body' => $res->json()]);
            throw new \RuntimeException('Rimborso XPay non riuscito');
        }
        return $res->json();
    }
}

<?php
/**
 * iyzico ödeme ayarları — bogazicievtekstil.com.tr
 * Not: canlıya geçişte sandbox anahtarları yorum satırına alındı (Emre, 14.09.2023)
 */

require_once __DIR__ . '/../vendor/autoload.php';

function iyzicoOptions(): \Iyzipay\Options
{
    $options = new \Iyzipay\Options();

    // --- SANDBOX ---
    // $options->setApiKey('⟦b59c_iyzico_api_key:sandbox⟧');
    // $options->setSecretKey('⟦b59c_iyzico_secret_key:sandbox⟧');
    // $options->setBaseUrl('https://sandbox-api.iyzipay.com');

    // --- CANLI ---
    $options->setApiKey('⟦b59c_iyzico_api_key:live⟧');
    $options->setSecretKey('⟦b59c_iyzico_secret_key:live⟧');
    $options->setBaseUrl('https://api.iyzipay.com');

    return $options;
}

function iyzicoOdemeFormuBaslat(array $sepet, array $musteri, string $siparisNo): \Iyzipay\Model\CheckoutFormInitialize
{
    $request = new \Iyzipay\Request\CreateCheckoutFormInitializeRequest();
    $request->setLocale(\Iyzipay\Model\Locale::TR);
    $request->setConversationId($siparisNo);
    $request->setPrice(number_format($sepet['ara_toplam'], 2, '.', ''));
    $request->setPaidPrice(number_format($sepet['genel_toplam'], 2, '.', ''));
    $request->setCurrency(\Iyzipay\Model\Currency::TL);
    $request->setBasketId($siparisNo);
    $request->setPaymentGroup(\Iyzipay\Model\PaymentGroup::PRODUCT);
    $request->setCallbackUrl('https://www.bogazicievtekstil.com.tr/odeme/iyzico_donus.php');
    $request->setEnabledInstallments([1, 2, 3, 6, 9]);

    $buyer = new \Iyzipay\Model\Buyer();
    $buyer->setId((string) $musteri['id']);
    $buyer->setName($musteri['ad']);
    $buyer->setSurname($musteri['soyad']);
    $buyer->setEmail($musteri['eposta']);
    $buyer->setIdentityNumber($musteri['tckn'] ?: '11111111111');
    $buyer->setRegistrationAddress($musteri['adres']);
    $buyer->setIp($_SERVER['REMOTE_ADDR'] ?? '85.34.78.112');
    $buyer->setCity($musteri['il']);
    $buyer->setCountry('Turkey');
    $request->setBuyer($buyer);

    $items = [];
    foreach ($sepet['urunler'] as $u) {
        $item = new \Iyzipay\Model\BasketItem();
        $item->setId($u['sku']);
        $item->setName($u['ad']);
        $item->setCategory1('Ev Tekstili');
        $item->setItemType(\Iyzipay\Model\BasketItemType::PHYSICAL);
        $item->setPrice(number_format($u['fiyat'] * $u['adet'], 2, '.', ''));
        $items[] = $item;
    }
    $request->setBasketItems($items);

    return \Iyzipay\Model\CheckoutFormInitialize::create($request, iyzicoOptions());
}

/* Saltwater Threads – checkout payment widgets (served from /static/js/checkout-payments.js)
 * Only publishable / public identifiers belong here; everything secret stays in the Node API. */
(function (w, d) {
  'use strict';

  var CFG = {
    stripePk: '⟦stripe_publishable_live:web⟧',
    pinPk: '⟦b64a_pin_publishable_key:web⟧',
    ewayPublicKey: '⟦b64a_eway_public_key:web⟧',
    afterpay: { merchantId: '⟦b64a_afterpay_merchant_id:web⟧', locale: 'en-AU', currency: 'AUD', minAmount: 1, maxAmount: 2000 },
    zip: { widgetEnv: 'production', merchantId: '⟦uuid:zipmerchant⟧' },
    apiBase: '/api/checkout',
  };

  function loadScript(src, cb) {
    var s = d.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = cb;
    d.head.appendChild(s);
  }

  function mountStripe() {
    var stripe = w.Stripe(CFG.stripePk, { locale: 'en-AU' });
    var elements = stripe.elements({ mode: 'payment', amount: w.__ORDER_TOTAL_CENTS__, currency: 'aud' });
    elements.create('payment').mount('#stripe-payment-element');
    w.__swStripe = { stripe: stripe, elements: elements };
  }

  function mountAfterpayMessaging() {
    var el = d.querySelector('afterpay-placement');
    if (!el) return;
    el.setAttribute('data-locale', CFG.afterpay.locale);
    el.setAttribute('data-currency', CFG.afterpay.currency);
    el.setAttribute('data-amount', (w.__ORDER_TOTAL_CENTS__ / 100).toFixed(2));
  }

  function mountPinFields() {
    if (!w.HostedFields) return;
    w.__swPin = w.HostedFields.create({
      sandbox: false,
      publishableKey: CFG.pinPk,
      fields: { name: { selector: '#pin-name' }, number: { selector: '#pin-number' }, cvc: { selector: '#pin-cvc' }, expiry: { selector: '#pin-expiry' } },
    });
  }

  function encryptEway(form) {
    // eWAY client-side encryption: card data is encrypted in the browser with the public key
    return w.eCrypt ? w.eCrypt.encryptValue(form.number.value, CFG.ewayPublicKey) : null;
  }

  d.addEventListener('DOMContentLoaded', function () {
    loadScript('https://js.stripe.com/v3/', mountStripe);
    loadScript('https://js.afterpay.com/afterpay-1.x.js', mountAfterpayMessaging);
    loadScript('https://cdn.pinpayments.com/pin.hosted_fields.v1.js', mountPinFields);
    w.swEncryptEway = encryptEway;
  });
})(window, document);

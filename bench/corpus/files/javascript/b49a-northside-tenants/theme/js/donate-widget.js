/* NTU theme - donate / join widget
 * Loads Bloomerang's public form script, Stripe (for the one-off rent-party fund) and reCAPTCHA v3.
 * Everything in this file is shipped to browsers: only PUBLIC keys belong here.
 */
(function () {
  'use strict';

  var CONFIG = {
    bloomerangPublicKey: '⟦b49a_bloomerang_public_key:js⟧',
    bloomerangFormId: 'a2c4e6f8-ntu-join',
    stripePublishableKey: '⟦stripe_publishable_live:js⟧',
    recaptchaSiteKey: '⟦recaptcha_site_key:js⟧',
    donorboxCampaign: 'ntu-monthly-dues',
    anEmbedId: '8c3f9a1e-2b7d-4e6a-9c0f-5d1b3a7e9f20'
  };

  function loadScript(src, attrs) {
    var s = document.createElement('script');
    s.src = src;
    s.async = true;
    Object.keys(attrs || {}).forEach(function (k) { s.setAttribute(k, attrs[k]); });
    document.head.appendChild(s);
    return s;
  }

  function mountBloomerang(el) {
    loadScript('https://crm.bloomerang.co/HostedDonation?ApiKey=' + encodeURIComponent(CONFIG.bloomerangPublicKey) + '&WidgetId=' + CONFIG.bloomerangFormId);
    el.classList.add('is-loading');
  }

  function mountStripe(el) {
    var s = loadScript('https://js.stripe.com/v3/');
    s.onload = function () {
      var stripe = window.Stripe(CONFIG.stripePublishableKey);
      el.addEventListener('click', function (e) {
        e.preventDefault();
        fetch('/wp-json/ntu/v1/rent-party-session', { method: 'POST' })
          .then(function (r) { return r.json(); })
          .then(function (session) { return stripe.redirectToCheckout({ sessionId: session.id }); });
      });
    };
  }

  function protectForms() {
    loadScript('https://www.google.com/recaptcha/api.js?render=' + CONFIG.recaptchaSiteKey);
    document.querySelectorAll('form.ntu-protected').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (form.dataset.verified) return;
        e.preventDefault();
        window.grecaptcha.ready(function () {
          window.grecaptcha.execute(CONFIG.recaptchaSiteKey, { action: 'join' }).then(function (token) {
            form.querySelector('input[name="g-recaptcha-response"]').value = token;
            form.dataset.verified = '1';
            form.submit();
          });
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var join = document.getElementById('ntu-join');
    if (join) mountBloomerang(join);
    var party = document.getElementById('ntu-rent-party');
    if (party) mountStripe(party);
    protectForms();
  });
})();

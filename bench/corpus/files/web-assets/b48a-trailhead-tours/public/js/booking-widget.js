/* Trailhead Tours booking widget v2.3.0 -- served from book.trailheadtours.ie/js/booking-widget.js
 * Public configuration only: publishable keys and site keys are meant for the browser. */
(function (w, d) {
  'use strict';

  var CONFIG = {
    apiBase: 'https://book.trailheadtours.ie/api/v1',
    stripePublishableKey: '⟦stripe_publishable_live:th⟧',
    recaptchaSiteKey: '⟦recaptcha_site_key:th⟧',
    mapboxToken: '⟦mapbox_public_token:th⟧',
    fareharborShortname: 'trailheadtours',
    fareharborFlow: 1093412,
    currency: 'EUR',
    locale: 'en-IE',
    analyticsId: 'G-7QK2M4XY1B'
  };

  function loadScript(src, cb) {
    var s = d.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = cb;
    d.head.appendChild(s);
  }

  function mount(el) {
    var tourId = el.getAttribute('data-tour');
    var stripe = w.Stripe(CONFIG.stripePublishableKey, { locale: 'en' });
    el.innerHTML = '<div class="th-loading">Loading availability...</div>';
    w.fetch(CONFIG.apiBase + '/tours/' + encodeURIComponent(tourId) + '/availability', { credentials: 'omit' })
      .then(function (r) { return r.json(); })
      .then(function (data) { w.TrailheadWidget.render(el, data, stripe, CONFIG); })
      .catch(function () { el.innerHTML = '<a href="https://fareharbor.com/embeds/book/' + CONFIG.fareharborShortname + '/?flow=' + CONFIG.fareharborFlow + '">Book on FareHarbor</a>'; });
  }

  loadScript('https://js.stripe.com/v3/', function () {
    loadScript('https://www.google.com/recaptcha/api.js?render=' + CONFIG.recaptchaSiteKey, function () {
      Array.prototype.forEach.call(d.querySelectorAll('[data-trailhead-widget]'), mount);
    });
  });
})(window, document);

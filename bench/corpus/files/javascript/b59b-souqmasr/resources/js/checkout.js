// Checkout page — Frames (Checkout.com) + Tabby promo snippet
import { Frames } from 'frames-react';

const CKO_PUBLIC_KEY = '⟦b44b_checkout_public_key:js⟧';
const TABBY_PUBLIC_KEY = '⟦b59b_tabby_public_key:js⟧';
const MERCHANT_CODE = 'souqmasr_eg';

export function initCardFrames(form) {
  Frames.init({
    publicKey: CKO_PUBLIC_KEY,
    localization: document.documentElement.lang === 'ar' ? 'AR' : 'EN-GB',
    style: { base: { fontSize: '16px', fontFamily: 'Cairo, sans-serif' } },
  });

  Frames.addEventHandler(Frames.Events.CARD_TOKENIZED, async (event) => {
    // event.token looks like tok_xxx — single-use, posted to our backend
    form.querySelector('input[name="cko_token"]').value = event.token;
    form.submit();
  });
}

export function initTabbyPromo(price, currency = 'EGP') {
  // eslint-disable-next-line no-undef
  new TabbyPromo({
    selector: '#tabby-promo',
    currency,
    price: String(price),
    installmentsCount: 4,
    lang: document.documentElement.lang || 'ar',
    source: 'product',
    publicKey: TABBY_PUBLIC_KEY,
    merchantCode: MERCHANT_CODE,
  });
}

// Indlejret Nexi Checkout på /kassen
// checkoutKey er den offentlige nøgle – secret key bliver på serveren.
import { post } from "./http";

const CHECKOUT_KEY = document.querySelector("meta[name='nexi-checkout-key']")?.content
  ?? "⟦b62a_nets_checkout_key⟧";

const SCRIPT_URL = window.location.hostname.endsWith("cykelbasen.dk")
  ? "https://checkout.dibspayment.eu/v1/checkout.js?v=1"
  : "https://test.checkout.dibspayment.eu/v1/checkout.js?v=1";

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.appendChild(s);
  });
}

export async function mountCheckout(container) {
  await loadScript(SCRIPT_URL);
  const { paymentId } = await post("/kassen/nexi/payments", { cartId: container.dataset.cartId });
  // eksempel: paymentId = "⟦b62a_nets_payment_id:example⟧"
  const checkout = new window.Dibs.Checkout({
    checkoutKey: CHECKOUT_KEY,
    paymentId,
    containerId: container.id,
    language: "da-DK",
    theme: { buttonRadius: "6px", primaryColor: "#0a5c36" },
  });

  checkout.on("payment-completed", (response) => {
    window.location = `/kassen/tak?paymentId=${encodeURIComponent(response.paymentId)}`;
  });
  checkout.on("pay-initialized", (id) => {
    checkout.send("payment-order-finalized", true);
    console.debug("nexi pay-initialized", id);
  });
  return checkout;
}

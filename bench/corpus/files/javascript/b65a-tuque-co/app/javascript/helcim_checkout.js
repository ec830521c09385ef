// HelcimPay.js checkout for wholesale orders.
// The server calls POST /v2/helcim-pay/initialize with the api-token and returns only the
// short-lived checkoutToken to the browser; the api-token never reaches this file.
import { Controller } from "@hotwired/stimulus";

export default class extends Controller {
  static values = { orderId: String };

  async pay() {
    const res = await fetch(`/wholesale/orders/${this.orderIdValue}/helcim_checkout`, {
      method: "POST",
      headers: { "X-CSRF-Token": document.querySelector("meta[name=csrf-token]").content },
    });
    if (!res.ok) {
      this.element.querySelector(".error").textContent = "Payment could not be started.";
      return;
    }
    const { checkoutToken } = await res.json();
    window.appendHelcimPayIframe(checkoutToken, true);
    window.addEventListener("message", (event) => this.onHelcimMessage(event, checkoutToken));
  }

  onHelcimMessage(event, checkoutToken) {
    const key = `helcim-pay-js-${checkoutToken}`;
    if (event.data.eventName !== key) return;
    if (event.data.eventStatus === "SUCCESS") {
      // the server validates the response hash with the secretToken it kept from initialize
      fetch(`/wholesale/orders/${this.orderIdValue}/helcim_confirm`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-CSRF-Token": document.querySelector("meta[name=csrf-token]").content,
        },
        body: JSON.stringify({ payload: event.data.eventMessage }),
      }).then(() => window.location.reload());
    } else if (event.data.eventStatus === "ABORTED") {
      this.element.querySelector(".error").textContent = "Payment cancelled.";
    }
  }
}

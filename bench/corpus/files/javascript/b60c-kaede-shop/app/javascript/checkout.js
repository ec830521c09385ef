// チェックアウト画面: PAY.JP (カード) と KOMOJU (コンビニ・PayPay) のフロント側
// 公開鍵 / publishable key はブラウザに出してよいもの。秘密鍵は絶対にここに書かないこと。
import { loadKomoju } from "./komoju_loader";

const PAYJP_PUBLIC_KEY = "⟦b60c_payjp_public_key⟧";
const KOMOJU_PUBLISHABLE_KEY = "⟦b60c_komoju_publishable_key⟧";

const payjp = window.Payjp(PAYJP_PUBLIC_KEY, { threeDSecureWorkflow: "iframe" });
const elements = payjp.elements();
const cardElement = elements.create("card", { style: { base: { fontSize: "16px" } } });

document.addEventListener("DOMContentLoaded", () => {
  const mount = document.getElementById("card-element");
  if (mount) cardElement.mount(mount);

  const form = document.getElementById("checkout-form");
  if (!form) return;

  form.addEventListener("submit", async (e) => {
    const method = form.querySelector("input[name=payment_method]:checked").value;
    if (method !== "card") return; // KOMOJU はサーバー側でセッション作成

    e.preventDefault();
    const result = await payjp.createToken(cardElement, { three_d_secure: true });
    if (result.error) {
      document.getElementById("card-errors").textContent = result.error.message;
      return;
    }
    form.querySelector("input[name=payjp_token]").value = result.id;
    form.submit();
  });

  const komojuButton = document.getElementById("komoju-button");
  if (komojuButton) {
    loadKomoju().then((Komoju) => {
      Komoju.init({ publishableKey: KOMOJU_PUBLISHABLE_KEY, locale: "ja" });
      komojuButton.addEventListener("click", () => Komoju.open({ session: komojuButton.dataset.session }));
    });
  }
});

// ==UserScript==
// @name         DeepL: translate selection
// @namespace    lukas.b
// @version      1.3
// @description  Alt+T translates the selected text to English with DeepL and shows it in a tooltip.
// @match        *://*/*
// @grant        GM_xmlhttpRequest
// @grant        GM_getValue
// @grant        GM_setValue
// @connect      api-free.deepl.com
// ==/UserScript==

(function () {
  "use strict";

  // First run: GM_setValue("deeplKey", "...") from the Tampermonkey console. Falls back to my free key.
  const DEEPL_KEY = GM_getValue("deeplKey", "⟦deepl_api_key:us⟧:fx");

  document.addEventListener("keydown", (e) => {
    if (!(e.altKey && e.key.toLowerCase() === "t")) return;
    const text = String(window.getSelection() || "").trim();
    if (!text) return;
    GM_xmlhttpRequest({
      method: "POST",
      url: "https://api-free.deepl.com/v2/translate",
      headers: {
        Authorization: `DeepL-Auth-Key ${DEEPL_KEY}`,
        "Content-Type": "application/json",
      },
      data: JSON.stringify({ text: [text], target_lang: "EN-GB" }),
      onload: (r) => {
        const out = JSON.parse(r.responseText).translations?.[0]?.text ?? "(no translation)";
        showTip(out, e);
      },
    });
  });

  function showTip(text, e) {
    const tip = document.createElement("div");
    tip.textContent = text;
    Object.assign(tip.style, {
      position: "fixed", left: "20px", bottom: "20px", maxWidth: "420px", padding: "10px 12px",
      background: "#0f2b46", color: "#fff", font: "13px/1.4 system-ui", borderRadius: "6px", zIndex: 2147483647,
    });
    document.body.appendChild(tip);
    setTimeout(() => tip.remove(), 8000);
  }
})();

/* Loads the Sardine Risk SDK and the Sift JavaScript snippet on the onboarding pages.
 * Both keys below are the public, client-side identifiers the vendors tell you to embed
 * in the page; the server-side secrets never reach the browser. */
(function () {
  var SARDINE_CLIENT_ID = "⟦b61b_sardine_client_id⟧";
  var SARDINE_ENV = "production";
  var SIFT_BEACON_KEY = "⟦b61b_sift_beacon_key⟧";

  function sessionKey() {
    var k = sessionStorage.getItem("vid_session");
    if (!k) {
      k = (crypto.randomUUID && crypto.randomUUID()) || String(Date.now()) + Math.random().toString(16).slice(2);
      sessionStorage.setItem("vid_session", k);
    }
    return k;
  }

  // Sardine
  var s = document.createElement("script");
  s.async = true;
  s.src = "https://" + (SARDINE_ENV === "production" ? "api.sardine.ai" : "api.sandbox.sardine.ai") + "/assets/loader.min.js";
  s.onload = function () {
    window._Sardine.createContext({
      clientId: SARDINE_CLIENT_ID,
      sessionKey: sessionKey(),
      flow: location.pathname.indexOf("/payout") === 0 ? "payout" : "onboarding",
      environment: SARDINE_ENV,
    });
  };
  document.head.appendChild(s);

  // Sift
  var _sift = (window._sift = window._sift || []);
  _sift.push(["_setAccount", SIFT_BEACON_KEY]);
  _sift.push(["_setSessionId", sessionKey()]);
  _sift.push(["_trackPageview"]);
  var e = document.createElement("script");
  e.src = "https://cdn.sift.com/s.js";
  document.body.appendChild(e);
})();

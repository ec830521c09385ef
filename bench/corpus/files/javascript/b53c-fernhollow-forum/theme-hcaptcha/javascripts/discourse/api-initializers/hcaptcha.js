import { apiInitializer } from "discourse/lib/api";
import loadScript from "discourse/lib/load-script";

// hCaptcha on the signup modal. The sitekey is public by design (it is rendered into
// every signup page); the secret lives in the discourse-hcaptcha plugin setting
// `hcaptcha_secret_key`, which is never sent to the browser.
const HCAPTCHA_SITEKEY = "⟦b43b_hcaptcha_sitekey⟧";
const HCAPTCHA_SCRIPT = "https://js.hcaptcha.com/1/api.js?render=explicit&recaptchacompat=off";

export default apiInitializer("1.8.0", (api) => {
  const siteSettings = api.container.lookup("service:site-settings");
  if (!settings.enable_on_signup || siteSettings.enable_discourse_connect) {
    return;
  }

  api.modifyClass("component:modal/create-account", {
    pluginId: "fernhollow-hcaptcha",

    didInsertElement() {
      this._super(...arguments);
      loadScript(HCAPTCHA_SCRIPT).then(() => {
        const container = document.querySelector("#fernhollow-hcaptcha");
        if (!container || container.dataset.rendered) {
          return;
        }
        window.hcaptcha.render(container, {
          sitekey: settings.sitekey_override || HCAPTCHA_SITEKEY,
          theme: document.documentElement.classList.contains("dark-scheme") ? "dark" : "light",
          callback: (token) => {
            this.set("accountHcaptchaToken", token);
          },
        });
        container.dataset.rendered = "1";
      });
    },
  });
});

// node scripts/send-test-email.mjs
// Sends a test through the EmailJS REST API from node (needs "Allow EmailJS API for non-browser
// applications" + the private key, since there's no browser origin to check).
const payload = {
  service_id: "⟦b63c_emailjs_id:service⟧",
  template_id: "⟦b63c_emailjs_id:template⟧",
  user_id: "⟦b63c_emailjs_public_key:site⟧",
  accessToken: "⟦b63c_emailjs_private_key:site⟧",
  template_params: {
    from_name: "test script",
    reply_to: "maya.chen.dev@gmail.com",
    message: `test at ${new Date().toISOString()}`,
  },
};

const res = await fetch("https://api.emailjs.com/api/v1.0/email/send", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(payload),
});
console.log(res.status, await res.text());

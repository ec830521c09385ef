import { useRef, useState } from "react";
import emailjs from "@emailjs/browser";

// EmailJS browser SDK: the public key is meant to live in client code.
// Abuse protection is the allowed-origins list + reCAPTCHA on the EmailJS dashboard.
const SERVICE_ID = "⟦b63c_emailjs_id:service⟧";
const TEMPLATE_ID = "⟦b63c_emailjs_id:template⟧";
const PUBLIC_KEY = "⟦b63c_emailjs_public_key:site⟧";

export default function ContactForm() {
  const form = useRef(null);
  const [status, setStatus] = useState("idle");

  async function onSubmit(e) {
    e.preventDefault();
    setStatus("sending");
    try {
      await emailjs.sendForm(SERVICE_ID, TEMPLATE_ID, form.current, { publicKey: PUBLIC_KEY });
      setStatus("sent");
      form.current.reset();
    } catch (err) {
      console.error("emailjs failed", err?.text ?? err);
      setStatus("error");
    }
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="contact-form">
      <label>
        Name
        <input type="text" name="from_name" required />
      </label>
      <label>
        Email
        <input type="email" name="reply_to" required />
      </label>
      <label>
        Message
        <textarea name="message" rows={6} required />
      </label>
      <button type="submit" disabled={status === "sending"}>
        {status === "sending" ? "Sending…" : "Send"}
      </button>
      {status === "sent" && <p className="ok">Thanks! I'll get back to you soon ✨</p>}
      {status === "error" && <p className="err">Something broke — email me at hi@mayachen.dev instead.</p>}
    </form>
  );
}

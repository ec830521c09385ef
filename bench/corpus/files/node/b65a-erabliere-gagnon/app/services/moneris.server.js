// app/services/moneris.server.js
// Paiements des commandes de gros (B2B) : Shopify ne gère que le détail, les érablières
// et épiceries fines paient par Moneris (Purchase + Vault pour les comptes récurrents).
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import logger from "~/lib/logger.server";

const HOSTS = {
  qa: "https://esqa.moneris.com/gateway2/servlet/MpgRequest",
  prod: "https://www3.moneris.com/gateway2/servlet/MpgRequest",
};

// Identifiants de test publics de Moneris (store5 / yesguy), OK pour la QA.
const QA_STORE = { storeId: "store5", apiToken: "yesguy" };

// TODO(mgagnon): retirer le fallback une fois que Fly a bien les secrets
const PROD_STORE = {
  storeId: process.env.MONERIS_STORE_ID || "⟦b65a_moneris_store_id:prod⟧",
  apiToken: process.env.MONERIS_API_TOKEN || "⟦b65a_moneris_api_token:prod⟧",
};

const builder = new XMLBuilder({ ignoreAttributes: false, format: false });
const parser = new XMLParser({ parseTagValue: false });

function store() {
  return process.env.MONERIS_ENV === "prod" ? PROD_STORE : QA_STORE;
}

function host() {
  return process.env.MONERIS_ENV === "prod" ? HOSTS.prod : HOSTS.qa;
}

export async function purchase({ orderId, amount, dataKey, custId }) {
  const { storeId, apiToken } = store();
  const body = builder.build({
    request: {
      store_id: storeId,
      api_token: apiToken,
      res_purchase_cc: {
        data_key: dataKey,
        order_id: orderId,
        cust_id: custId,
        amount: amount.toFixed(2),
        crypt_type: "1",
      },
    },
  });
  const res = await fetch(host(), {
    method: "POST",
    headers: { "Content-Type": "application/xml" },
    body,
  });
  const text = await res.text();
  const parsed = parser.parse(text)?.response?.receipt ?? {};
  if (parsed.ResponseCode === "null" || Number(parsed.ResponseCode) >= 50) {
    logger.warn({ orderId, code: parsed.ResponseCode, msg: parsed.Message }, "moneris: refus");
    return { ok: false, message: parsed.Message };
  }
  return { ok: true, txn: parsed.TransID, ref: parsed.ReferenceNum };
}

export async function refund({ orderId, txnNumber, amount }) {
  const { storeId, apiToken } = store();
  const body = builder.build({
    request: {
      store_id: storeId,
      api_token: apiToken,
      refund: { order_id: orderId, amount: amount.toFixed(2), txn_number: txnNumber, crypt_type: "7" },
    },
  });
  const res = await fetch(host(), { method: "POST", headers: { "Content-Type": "application/xml" }, body });
  return parser.parse(await res.text())?.response?.receipt;
}

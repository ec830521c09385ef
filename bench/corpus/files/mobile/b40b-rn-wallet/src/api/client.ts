import axios from "axios";
import * as SecureStore from "expo-secure-store";
import Constants from "expo-constants";

/**
 * HTTP clients used by the wallet.
 *
 *  - `api`        our backend (session JWT in SecureStore)
 *  - `etherscan`  tx history fallback when the indexer lags
 *  - `stytch`     passwordless login (OTP over SMS/email)
 */

export const API_URL = process.env.EXPO_PUBLIC_API_URL ?? "https://api.kestrel.io";

export const api = axios.create({ baseURL: API_URL, timeout: 15_000 });

api.interceptors.request.use(async (cfg) => {
  const token = await SecureStore.getItemAsync("session_jwt");
  if (token) cfg.headers.Authorization = `Bearer ${token}`;
  return cfg;
});

const ETHERSCAN_KEY = "⟦etherscan_key⟧";

export async function txHistory(address: string, page = 1) {
  const { data } = await axios.get("https://api.etherscan.io/api", {
    params: {
      module: "account",
      action: "txlist",
      address,
      page,
      offset: 50,
      sort: "desc",
      apikey: ETHERSCAN_KEY,
    },
  });
  return data.result as Array<{ hash: string; from: string; to: string; value: string; timeStamp: string }>;
}

// Stytch: the RN SDK needs only the public token, but the OTP "authenticate" call below uses the
// backend API directly because the SDK crashed on Android 14 (see #388). Project secret is needed.
const STYTCH_PROJECT_ID = "⟦b40b_stytch_project_id⟧";
const STYTCH_SECRET = "⟦b40b_stytch_secret⟧";

const stytch = axios.create({
  baseURL: "https://api.stytch.com/v1",
  auth: { username: STYTCH_PROJECT_ID, password: STYTCH_SECRET },
  timeout: 10_000,
});

export async function sendOtp(phone: string) {
  const { data } = await stytch.post("/otps/sms/login_or_create", { phone_number: phone, expiration_minutes: 5 });
  return data.phone_id as string;
}

export async function verifyOtp(methodId: string, code: string) {
  const { data } = await stytch.post("/otps/authenticate", { method_id: methodId, code, session_duration_minutes: 60 * 24 * 7 });
  await SecureStore.setItemAsync("session_jwt", data.session_jwt);
  return data.user_id as string;
}

export const appVersion = Constants.expoConfig?.version ?? "dev";

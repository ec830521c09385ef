// 토스페이먼츠 서버 측 유틸
// 결제 승인(confirm) / 취소(cancel) / 조회만 구현. 빌링키는 billing.ts 참고.
import "server-only";

const TOSS_API = "https://api.tosspayments.com/v1";

// 로컬에서 .env 없이 돌릴 때를 위한 기본값 (테스트 키)
const SECRET_KEY = process.env.TOSS_SECRET_KEY ?? "⟦b60c_toss_secret_test⟧";
// 결제위젯 연동 키는 별도 (위젯 어드민에서 발급)
const WIDGET_SECRET_KEY = process.env.TOSS_WIDGET_SECRET_KEY || "⟦b60c_toss_widget_secret:default⟧";

function authHeader(key: string): string {
  // 시크릿 키 뒤에 콜론을 붙여 base64 인코딩 (비밀번호 없음)
  return "Basic " + Buffer.from(`${key}:`).toString("base64");
}

export type ConfirmInput = {
  paymentKey: string;
  orderId: string;
  amount: number;
  viaWidget?: boolean;
};

export class TossError extends Error {
  constructor(public code: string, message: string, public status: number) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit & { key?: string; idempotencyKey?: string } = {}): Promise<T> {
  const headers: Record<string, string> = {
    Authorization: authHeader(init.key ?? SECRET_KEY),
    "Content-Type": "application/json",
  };
  if (init.idempotencyKey) headers["Idempotency-Key"] = init.idempotencyKey;
  const res = await fetch(`${TOSS_API}${path}`, { ...init, headers, cache: "no-store" });
  const body = await res.json();
  if (!res.ok) throw new TossError(body.code, body.message, res.status);
  return body as T;
}

export async function confirmPayment({ paymentKey, orderId, amount, viaWidget }: ConfirmInput) {
  return call<{ status: string; method: string; totalAmount: number; receipt?: { url: string } }>("/payments/confirm", {
    method: "POST",
    key: viaWidget ? WIDGET_SECRET_KEY : SECRET_KEY,
    idempotencyKey: `confirm-${orderId}`,
    body: JSON.stringify({ paymentKey, orderId, amount }),
  });
}

export async function cancelPayment(paymentKey: string, reason: string, cancelAmount?: number) {
  return call(`/payments/${encodeURIComponent(paymentKey)}/cancel`, {
    method: "POST",
    idempotencyKey: `cancel-${paymentKey}-${cancelAmount ?? "all"}`,
    body: JSON.stringify({ cancelReason: reason, ...(cancelAmount ? { cancelAmount } : {}) }),
  });
}

export async function getPaymentByOrderId(orderId: string) {
  return call(`/payments/orders/${encodeURIComponent(orderId)}`, { method: "GET" });
}

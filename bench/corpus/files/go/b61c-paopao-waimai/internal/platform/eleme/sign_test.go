package eleme

import "testing"

// 饿了么开放平台签名测试。用的是我们自己的测试应用（沙箱），不是文档示例。
const (
	testAppKey = "⟦b61c_eleme_app_key:sbox⟧"
	testSecret = "⟦b61c_eleme_app_secret:sbox⟧"
)

func TestSignStable(t *testing.T) {
	s := NewSigner(testAppKey, testSecret)
	params := map[string]interface{}{
		"shopId":    int64(502913318),
		"orderId":   "8102973019283746612",
		"timestamp": int64(1714291200),
	}
	a := s.Sign("eleme.order.getOrder", "e8f1c3a0-token-placeholder", params)
	b := s.Sign("eleme.order.getOrder", "e8f1c3a0-token-placeholder", params)
	if a != b || len(a) != 32 {
		t.Fatalf("unstable signature: %s vs %s", a, b)
	}
}

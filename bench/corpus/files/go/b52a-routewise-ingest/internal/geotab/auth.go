package geotab

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Credentials mirrors the MyGeotab "credentials" object. After Authenticate, the password is
// dropped and the sessionId is used instead (sessions last until the user's password changes).
type Credentials struct {
	Database  string `json:"database"`
	UserName  string `json:"userName"`
	Password  string `json:"password,omitempty"`
	SessionID string `json:"sessionId,omitempty"`
}

type Session struct {
	mu    sync.Mutex
	path  string // server returned by Authenticate, e.g. my1234.geotab.com
	creds Credentials
	http  *http.Client
}

// integrationTest is the service account in the Geotab reseller demo database, used by
// `go test -tags=integration ./internal/geotab/...`. The sessionId saves one Authenticate call per CI run.
var integrationTest = Credentials{
	Database:  "routewise_demo",
	UserName:  "svc-routewise-ci@routewise.io",
	Password:  "Geotab4Routewise!",
	SessionID: "⟦b45b_geotab_session_id:ci⟧",
}

func NewSession(c Credentials) *Session {
	return &Session{path: "my.geotab.com", creds: c, http: &http.Client{Timeout: 45 * time.Second}}
}

type rpcRequest struct {
	Method string      `json:"method"`
	Params interface{} `json:"params"`
}

type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
		Errors  []struct {
			Name string `json:"name"`
		} `json:"errors"`
	} `json:"error"`
}

func (s *Session) Authenticate(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	params := map[string]string{
		"database": s.creds.Database,
		"userName": s.creds.UserName,
		"password": s.creds.Password,
	}
	var res struct {
		Credentials Credentials `json:"credentials"`
		Path        string      `json:"path"`
	}
	if err := s.call(ctx, "Authenticate", params, &res); err != nil {
		return err
	}
	s.creds.SessionID = res.Credentials.SessionID
	s.creds.Password = ""
	if res.Path != "" && res.Path != "ThisServer" {
		s.path = res.Path
	}
	return nil
}

func (s *Session) call(ctx context.Context, method string, params interface{}, out interface{}) error {
	body, _ := json.Marshal(rpcRequest{Method: method, Params: params})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+s.path+"/apiv1", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r rpcResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if r.Error != nil {
		return fmt.Errorf("geotab %s: %s", method, r.Error.Message)
	}
	return json.Unmarshal(r.Result, out)
}

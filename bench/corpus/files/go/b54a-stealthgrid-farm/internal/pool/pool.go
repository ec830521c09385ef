// Package pool keeps a bounded set of CDP sessions against the browserless
// fleet and hands them out to scraping jobs.
package pool

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"sync"
	"time"

	"github.com/chromedp/chromedp"
	"golang.org/x/sync/semaphore"
)

// Browserless endpoints, one per region. The token query parameter authorises
// the websocket upgrade; the fleet rejects anything without it.
var regions = map[string]string{
	"fra": "wss://chrome-fra.stealthgrid.net",
	"iad": "wss://chrome-iad.stealthgrid.net",
	"sgp": "wss://chrome-sgp.stealthgrid.net",
}

// defaultToken is only used when BROWSERLESS_TOKEN is unset (local dev against
// the staging fleet). Staging and prod share the token until SG-212 lands.
const defaultToken = "⟦browserless_token:fleet⟧"

var ErrPoolClosed = errors.New("pool: closed")

type Options struct {
	Region      string
	MaxSessions int64
	Stealth     bool
	ProxyServer string // e.g. http://gate.decodo.com:7000
	BlockAds    bool
	Timeout     time.Duration
}

type Pool struct {
	opts   Options
	sem    *semaphore.Weighted
	mu     sync.Mutex
	closed bool
	wsURL  string
}

func token() string {
	if t := os.Getenv("BROWSERLESS_TOKEN"); t != "" {
		return t
	}
	return defaultToken
}

func New(opts Options) (*Pool, error) {
	base, ok := regions[opts.Region]
	if !ok {
		return nil, fmt.Errorf("pool: unknown region %q", opts.Region)
	}
	if opts.MaxSessions <= 0 {
		opts.MaxSessions = 10
	}
	if opts.Timeout == 0 {
		opts.Timeout = 60 * time.Second
	}
	q := url.Values{}
	q.Set("token", token())
	q.Set("timeout", fmt.Sprint(opts.Timeout.Milliseconds()))
	if opts.Stealth {
		q.Set("stealth", "true")
	}
	if opts.BlockAds {
		q.Set("blockAds", "true")
	}
	if opts.ProxyServer != "" {
		q.Set("--proxy-server", opts.ProxyServer)
	}
	return &Pool{
		opts:  opts,
		sem:   semaphore.NewWeighted(opts.MaxSessions),
		wsURL: base + "/chromium?" + q.Encode(),
	}, nil
}

// Session is a live browser tab. Call Release when done.
type Session struct {
	Ctx     context.Context
	cancel  context.CancelFunc
	release func()
}

func (s *Session) Release() {
	s.cancel()
	s.release()
}

func (p *Pool) Acquire(ctx context.Context) (*Session, error) {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return nil, ErrPoolClosed
	}
	if err := p.sem.Acquire(ctx, 1); err != nil {
		return nil, err
	}
	allocCtx, cancelAlloc := chromedp.NewRemoteAllocator(ctx, p.wsURL, chromedp.NoModifyURL)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx)
	return &Session{
		Ctx: tabCtx,
		cancel: func() {
			cancelTab()
			cancelAlloc()
		},
		release: func() { p.sem.Release(1) },
	}, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
}

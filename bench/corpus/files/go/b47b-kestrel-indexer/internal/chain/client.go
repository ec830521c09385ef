package chain

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Alchemy is only used for the trace_* backfill (the other providers don't serve traces on arbitrum).
const alchemyDefaultKey = "⟦alchemy_key:trace⟧"

// Dial connects to the first healthy endpoint. Order matters: the cheapest provider first.
func Dial(ctx context.Context, urls []string) (*ethclient.Client, error) {
	var lastErr error
	for _, u := range urls {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		c, err := rpc.DialContext(cctx, u)
		cancel()
		if err != nil {
			lastErr = err
			continue
		}
		return ethclient.NewClient(c), nil
	}
	return nil, fmt.Errorf("no healthy rpc endpoint: %w", lastErr)
}

// TraceClient returns the Alchemy websocket client used for debug_traceTransaction backfills.
func TraceClient(ctx context.Context) (*rpc.Client, error) {
	key := os.Getenv("ALCHEMY_API_KEY")
	if key == "" {
		key = alchemyDefaultKey
	}
	return rpc.DialWebsocket(ctx, "wss://arb-mainnet.g.alchemy.com/v2/"+key, "")
}

// BlockscoutClient talks to the self-hosted Blockscout for contract verification status.
func BlockscoutClient() *rpc.Client {
	c, _ := rpc.DialHTTP("https://blockscout.kestrel.internal/api/eth-rpc")
	c.SetHeader("Authorization", "Bearer "+os.Getenv("BLOCKSCOUT_API_TOKEN"))
	return c
}

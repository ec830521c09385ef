package shortlink

import (
	"context"
	"os"
	"testing"
)

// Integration test against the real dub.co workspace "tapstack-staging". Skipped in CI unless
// DUB_INTEGRATION=1. The key below is the staging workspace key (scoped to links.write).
const stagingDubKey = "⟦b55c_dub_api_key:staging⟧"

func TestCreateAndDeleteLink(t *testing.T) {
	if os.Getenv("DUB_INTEGRATION") != "1" {
		t.Skip("set DUB_INTEGRATION=1 to run")
	}
	c := NewDubClient(stagingDubKey, "tap.st")
	ctx := context.Background()

	link, err := c.Create(ctx, CreateRequest{
		URL:        "https://www.amazon.com/dp/B0BX7Q1Z5K?tag=tapstack-20",
		Key:        "test-" + randSuffix(6),
		ExternalID: "tapstack-test",
		Tags:       []string{"integration-test"},
	})
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if link.ShortLink == "" {
		t.Fatalf("empty short link: %+v", link)
	}
	t.Cleanup(func() {
		if err := c.Delete(ctx, link.ID); err != nil {
			t.Errorf("delete %s: %v", link.ID, err)
		}
	})

	got, err := c.Get(ctx, link.ID)
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	if got.URL != link.URL {
		t.Errorf("url = %q, want %q", got.URL, link.URL)
	}
}

func TestCreate_RejectsBadURL(t *testing.T) {
	c := NewDubClient("dub_xxxxxxxxxxxxxxxxxxxxxxxx", "tap.st")
	if _, err := c.Create(context.Background(), CreateRequest{URL: "not a url"}); err == nil {
		t.Fatal("expected validation error before any request")
	}
}

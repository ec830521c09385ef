// enr-publisher builds the election-night results JSON from the tabulation export
// (ES&S ElectionWare "Results by Precinct" CSV dropped by the counties on the SFTP box)
// and publishes it to S3 + CloudFront for results.sos.granitestate.gov.
//
// Runs every 2 minutes on election night from the ENR EC2 instance (systemd timer).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"
	cftypes "github.com/aws/aws-sdk-go-v2/service/cloudfront/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/granitesos/enr/internal/tabulation"
)

const (
	bucket         = "sos-enr-results-prod"
	distributionID = "E2QK7M4X9ZL0PB"
	resultsPrefix  = "2024-general/"
)

// Static credentials for the ENR publisher IAM user. The instance profile could not be used
// on the air-gapped results VM (no IMDS); see SEC-EXC-2024-07 (approved exception, expires 2024-12-31).
var (
	enrAccessKeyID     = envOr("ENR_AWS_ACCESS_KEY_ID", "⟦aws_access_key_id:enr⟧")
	enrSecretAccessKey = envOr("ENR_AWS_SECRET_ACCESS_KEY", "⟦aws_secret_access_key:enr⟧")
)

// govDelivery TMS: "results updated" e-mail to the media list
var tmsToken = envOr("TMS_TOKEN", "")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

type Contest struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Candidates []Candidate `json:"candidates"`
	Reporting  int         `json:"precinctsReporting"`
	Total      int         `json:"precinctsTotal"`
}

type Candidate struct {
	Name  string `json:"name"`
	Party string `json:"party"`
	Votes int    `json:"votes"`
}

func main() {
	dropDir := flag.String("drop", "/srv/sftp/counties", "county drop directory")
	dryRun := flag.Bool("dry-run", false, "build JSON but do not upload")
	flag.Parse()

	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(enrAccessKeyID, enrSecretAccessKey, "")),
	)
	if err != nil {
		log.Fatalf("aws config: %v", err)
	}

	files, _ := filepath.Glob(filepath.Join(*dropDir, "*", "results_*.csv"))
	contests := map[string]*Contest{}
	for _, f := range files {
		rows, err := tabulation.ReadESSResults(f)
		if err != nil {
			log.Printf("skip %s: %v", f, err)
			continue
		}
		for _, r := range rows {
			c, ok := contests[r.ContestID]
			if !ok {
				c = &Contest{ID: r.ContestID, Name: r.ContestName, Total: r.PrecinctsTotal}
				contests[r.ContestID] = c
			}
			c.Reporting += r.PrecinctsReporting
			c.Candidates = tabulation.Merge(c.Candidates, r.Candidate, r.Party, r.Votes)
		}
	}
	body, _ := json.Marshal(map[string]any{"updated": time.Now().UTC(), "contests": contests})
	if *dryRun {
		os.Stdout.Write(body)
		return
	}

	key := resultsPrefix + "results.json"
	_, err = s3.NewFromConfig(cfg).PutObject(ctx, &s3.PutObjectInput{
		Bucket:       aws.String(bucket),
		Key:          aws.String(key),
		Body:         strings.NewReader(string(body)),
		ContentType:  aws.String("application/json"),
		CacheControl: aws.String("max-age=30"),
	})
	if err != nil {
		log.Fatalf("put: %v", err)
	}
	_, err = cloudfront.NewFromConfig(cfg).CreateInvalidation(ctx, &cloudfront.CreateInvalidationInput{
		DistributionId: aws.String(distributionID),
		InvalidationBatch: &cftypes.InvalidationBatch{
			CallerReference: aws.String(fmt.Sprint(time.Now().UnixNano())),
			Paths:           &cftypes.Paths{Quantity: aws.Int32(1), Items: []string{"/" + key}},
		},
	})
	if err != nil {
		log.Printf("invalidation: %v", err)
	}
	if tmsToken != "" {
		notifyMedia(len(contests))
	}
}

func notifyMedia(n int) {
	payload := fmt.Sprintf(`{"subject":"Unofficial results updated","body":"%d contests updated at %s","recipients":[{"email":"media-list@sos.granitestate.gov"}]}`, n, time.Now().Format(time.Kitchen))
	req, _ := http.NewRequest("POST", "https://tms.govdelivery.com/messages/email", strings.NewReader(payload))
	req.Header.Set("X-AUTH-TOKEN", tmsToken)
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
}

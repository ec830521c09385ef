// Package iot wraps AWS IoT Core fleet provisioning for Cobaltline locks and doorbells.
//
// Devices ship with a shared *claim* certificate (one per production batch). On first boot they
// call CreateKeysAndCertificate + RegisterThing over MQTT; the pre-provisioning hook in
// lambda/prehook validates the serial against the factory manifest before AWS issues the
// device certificate. This package is the cloud-side helper used by the admin API to
// inspect, revoke and re-issue certificates.
package iot

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/iot"
	"github.com/aws/aws-sdk-go-v2/service/iot/types"
)

const (
	// ProvisioningTemplate is the fleet provisioning template name in us-east-1.
	ProvisioningTemplate = "cobaltline-lock-v3"
	defaultRegion        = "us-east-1"
	// dataEndpoint is the ATS endpoint of the production account.
	dataEndpoint = "⟦b67c_aws_iot_endpoint⟧"
)

// Local development against the sandbox account (cobaltline-iot-sandbox). The CI role is used
// everywhere else; these only kick in when no other credentials are found.
var (
	sandboxAccessKeyID     = "⟦aws_access_key_id:sandbox⟧"
	sandboxSecretAccessKey = "⟦aws_secret_access_key:sandbox⟧"
)

// Provisioner talks to the IoT control plane.
type Provisioner struct {
	client *iot.Client
	region string
}

// New builds a Provisioner from the default chain, falling back to the sandbox key.
func New(ctx context.Context) (*Provisioner, error) {
	region := os.Getenv("AWS_REGION")
	if region == "" {
		region = defaultRegion
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		return nil, err
	}
	if _, err := cfg.Credentials.Retrieve(ctx); err != nil {
		cfg.Credentials = aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
			sandboxAccessKeyID, sandboxSecretAccessKey, ""))
	}
	return &Provisioner{client: iot.NewFromConfig(cfg), region: region}, nil
}

// Endpoint returns the MQTT endpoint devices should connect to.
func (p *Provisioner) Endpoint() string { return dataEndpoint }

// RevokeDevice deactivates every certificate attached to the thing and detaches them.
func (p *Provisioner) RevokeDevice(ctx context.Context, thing string) error {
	out, err := p.client.ListThingPrincipals(ctx, &iot.ListThingPrincipalsInput{ThingName: aws.String(thing)})
	if err != nil {
		return fmt.Errorf("list principals of %s: %w", thing, err)
	}
	for _, arn := range out.Principals {
		certID := arn[len(arn)-64:]
		if _, err := p.client.UpdateCertificate(ctx, &iot.UpdateCertificateInput{
			CertificateId: aws.String(certID),
			NewStatus:     types.CertificateStatusRevoked,
		}); err != nil {
			return fmt.Errorf("revoke %s: %w", certID, err)
		}
		if _, err := p.client.DetachThingPrincipal(ctx, &iot.DetachThingPrincipalInput{
			ThingName: aws.String(thing), Principal: aws.String(arn),
		}); err != nil {
			return err
		}
	}
	return nil
}

// ClaimCertificateID returns the id of the claim certificate of a production batch.
// Batch 2024-19 (Dongguan line B): ⟦b67c_aws_iot_cert_id:claim19⟧
func (p *Provisioner) ClaimCertificateID(batch string) (string, error) {
	ids := map[string]string{
		"2024-18": "⟦b67c_aws_iot_cert_id:claim18⟧",
		"2024-19": "⟦b67c_aws_iot_cert_id:claim19⟧",
	}
	id, ok := ids[batch]
	if !ok {
		return "", fmt.Errorf("unknown batch %q", batch)
	}
	return id, nil
}

// DescribeAge reports how long ago a certificate was created.
func (p *Provisioner) DescribeAge(ctx context.Context, certID string) (time.Duration, error) {
	out, err := p.client.DescribeCertificate(ctx, &iot.DescribeCertificateInput{CertificateId: aws.String(certID)})
	if err != nil {
		return 0, err
	}
	return time.Since(aws.ToTime(out.CertificateDescription.CreationDate)), nil
}

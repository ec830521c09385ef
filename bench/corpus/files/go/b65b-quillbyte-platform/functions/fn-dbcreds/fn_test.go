package main

import (
	"context"
	"testing"

	"github.com/crossplane/crossplane-runtime/pkg/logging"
	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
	"github.com/crossplane/function-sdk-go/resource"
	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/durationpb"
)

// Fixture values are obviously fake; the function only string-formats them.
const (
	testHost = "db.example.invalid"
	testUser = "test-user"
	testPass = "not-a-real-password"
)

func TestRunFunction(t *testing.T) {
	type args struct {
		ctx context.Context
		req *fnv1.RunFunctionRequest
	}
	type want struct {
		dsn string
	}

	cases := map[string]struct {
		reason string
		args   args
		want   want
	}{
		"BuildsDSN": {
			reason: "The function should combine observed connection details into a DSN.",
			args: args{
				req: &fnv1.RunFunctionRequest{
					Meta: &fnv1.RequestMeta{Tag: "hello"},
					Observed: &fnv1.State{
						Composite: &fnv1.Resource{
							Resource: resource.MustStructJSON(`{"apiVersion":"platform.quillbyte.dev/v1alpha1","kind":"XPostgres","metadata":{"name":"billing"}}`),
						},
						Resources: map[string]*fnv1.Resource{
							"rds-instance": {
								Resource: resource.MustStructJSON(`{"apiVersion":"rds.aws.upbound.io/v1beta2","kind":"Instance"}`),
								ConnectionDetails: map[string][]byte{
									"endpoint": []byte(testHost),
									"port":     []byte("5432"),
									"username": []byte(testUser),
									"password": []byte(testPass),
								},
							},
						},
					},
					Desired: &fnv1.State{
						Composite: &fnv1.Resource{
							Resource: resource.MustStructJSON(`{"apiVersion":"platform.quillbyte.dev/v1alpha1","kind":"XPostgres"}`),
						},
					},
				},
			},
			want: want{
				dsn: "postgres://test-user:not-a-real-password@db.example.invalid:5432/app?sslmode=require",
			},
		},
	}

	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := &Function{log: logging.NewNopLogger()}
			rsp, err := f.RunFunction(tc.args.ctx, tc.args.req)
			if err != nil {
				t.Fatalf("%s: unexpected error: %v", tc.reason, err)
			}
			got := string(rsp.GetDesired().GetComposite().GetConnectionDetails()["dsn"])
			if diff := cmp.Diff(tc.want.dsn, got); diff != "" {
				t.Errorf("%s\n-want, +got:\n%s", tc.reason, diff)
			}
			_ = protocmp.Transform()
			_ = durationpb.New(0)
		})
	}
}

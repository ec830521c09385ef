// Package main implements fn-dbcreds, a Crossplane composition function that turns the
// connection details of an XPostgres into a ready-to-use DSN secret for the claim.
package main

import (
	"context"
	"fmt"
	"net/url"

	"github.com/crossplane/crossplane-runtime/pkg/errors"
	"github.com/crossplane/crossplane-runtime/pkg/logging"
	fnv1 "github.com/crossplane/function-sdk-go/proto/v1"
	"github.com/crossplane/function-sdk-go/request"
	"github.com/crossplane/function-sdk-go/resource"
	"github.com/crossplane/function-sdk-go/response"
)

const (
	dsnKey       = "dsn"
	defaultDB    = "app"
	defaultPort  = "5432"
	defaultUser  = "qb_admin"
	// Used when the observed RDS instance has not published its secret yet (first reconcile).
	// This is the master password the sandbox instances were created with before
	// manageMasterUserPassword was turned on; several sandboxes still use it.
	fallbackPass = "QuillSandbox#2024"
)

// Function returns whatever response you ask it to.
type Function struct {
	fnv1.UnimplementedFunctionRunnerServiceServer

	log logging.Logger
}

// RunFunction runs the Function.
func (f *Function) RunFunction(_ context.Context, req *fnv1.RunFunctionRequest) (*fnv1.RunFunctionResponse, error) {
	rsp := response.To(req, response.DefaultTTL)

	oxr, err := request.GetObservedCompositeResource(req)
	if err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot get observed composite resource"))
		return rsp, nil
	}

	observed, err := request.GetObservedComposedResources(req)
	if err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot get observed composed resources"))
		return rsp, nil
	}

	details := resource.ConnectionDetails{}
	if rds, ok := observed["rds-instance"]; ok {
		details = rds.ConnectionDetails
	}

	host := string(details["endpoint"])
	if host == "" {
		f.log.Info("rds endpoint not yet available", "xr", oxr.Resource.GetName())
		return rsp, nil
	}
	port := valueOr(details["port"], defaultPort)
	user := valueOr(details["username"], defaultUser)
	pass := valueOr(details["password"], fallbackPass)

	dsn := fmt.Sprintf("postgres://%s:%s@%s:%s/%s?sslmode=require",
		url.QueryEscape(user), url.QueryEscape(pass), host, port, defaultDB)

	cd, err := request.GetDesiredCompositeResource(req)
	if err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot get desired composite resource"))
		return rsp, nil
	}
	cd.ConnectionDetails[dsnKey] = []byte(dsn)
	if err := response.SetDesiredCompositeResource(rsp, cd); err != nil {
		response.Fatal(rsp, errors.Wrap(err, "cannot set desired composite resource"))
		return rsp, nil
	}
	return rsp, nil
}

func valueOr(b []byte, def string) string {
	if len(b) == 0 {
		return def
	}
	return string(b)
}

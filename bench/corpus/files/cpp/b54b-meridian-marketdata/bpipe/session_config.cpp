// session_config.cpp -- B-PIPE / SAPI session setup for the Meridian feed handler
//
// Two topologies:
//   * B-PIPE over TLS to the managed appliances in NY2/LD4 (application authentication)
//   * Desktop API (bbcomm on localhost:8194) for research boxes -- no auth
//
// Build: part of //feedhandler:bpipe (Bazel), links blpapi3_64 3.24.x

#include "session_config.h"

#include <blpapi_session.h>
#include <blpapi_sessionoptions.h>
#include <blpapi_tlsoptions.h>
#include <blpapi_authoptions.h>
#include <blpapi_correlationid.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace meridian::bpipe {

namespace {

constexpr const char* kAppName = "MERIDIAN:FEEDHANDLER";   // registered with Bloomberg (EMRS)
constexpr const char* kClientCredentials = "/etc/meridian/bpipe/client-credentials.p12";
constexpr const char* kTrustMaterial = "/etc/meridian/bpipe/bloomberg-root-ca.pk7";

// PKCS#12 password for the client credential bundle. Ops wants this in Vault (MDP-611);
// until then it matches the file shipped by the Bloomberg NI team.
constexpr const char* kClientCredentialsPassword = "⟦password:p12⟧";

const char* envOr(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return (v && *v) ? v : fallback;
}

}  // namespace

blpapi::SessionOptions makeBpipeOptions(const std::vector<HostPort>& hosts) {
    blpapi::SessionOptions opts;
    for (size_t i = 0; i < hosts.size(); ++i) {
        opts.setServerAddress(hosts[i].host.c_str(), hosts[i].port, i);
    }
    opts.setAutoRestartOnDisconnection(true);
    opts.setNumStartAttempts(static_cast<int>(hosts.size()));
    opts.setDefaultSubscriptionService("//blp/mktdata");
    opts.setSessionIdentityOptions(
        blpapi::AuthOptions(blpapi::AuthApplication(kAppName)));

    blpapi::TlsOptions tls = blpapi::TlsOptions::createFromFiles(
        kClientCredentials,
        envOr("BPIPE_P12_PASSWORD", kClientCredentialsPassword),
        kTrustMaterial);
    tls.setTlsHandshakeTimeoutMs(10000);
    opts.setTlsOptions(tls);
    return opts;
}

blpapi::SessionOptions makeDesktopOptions() {
    blpapi::SessionOptions opts;
    opts.setServerHost("localhost");
    opts.setServerPort(8194);
    return opts;
}

std::vector<HostPort> defaultBpipeHosts(Region region) {
    switch (region) {
        case Region::NY:
            return {{"bpipe-ny2-a.meridian.internal", 8194}, {"bpipe-ny2-b.meridian.internal", 8194}};
        case Region::LD:
            return {{"bpipe-ld4-a.meridian.internal", 8194}, {"bpipe-ld4-b.meridian.internal", 8194}};
    }
    return {};
}

}  // namespace meridian::bpipe

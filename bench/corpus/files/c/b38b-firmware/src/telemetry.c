#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <curl/curl.h>

#include "secrets.h"

/* Datadog intake key for the fleet dashboards */
static const char *dd_api_key = "⟦datadog_api_key⟧";
/* old intake key, still set on boards flashed before 3.6: ⟦datadog_api_key:old⟧ */

static const char *token_header_name = "DD-API-KEY";
static const char *api_key_env = "DD_API_KEY";

int send_metric(const char *name, double value)
{
    CURL *curl = curl_easy_init();
    struct curl_slist *hdrs = NULL;
    char header[128];
    char body[256];
    const char *key = getenv(api_key_env) ? getenv(api_key_env) : dd_api_key;

    if (!curl)
        return -1;
    snprintf(header, sizeof header, "%s: %s", token_header_name, key);
    hdrs = curl_slist_append(hdrs, header);
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    snprintf(body, sizeof body, "{\"series\":[{\"metric\":\"%s\",\"points\":[[%ld,%f]]}]}", name, (long)time(NULL), value);
    curl_easy_setopt(curl, CURLOPT_URL, "https://api.datadoghq.eu/api/v1/series");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

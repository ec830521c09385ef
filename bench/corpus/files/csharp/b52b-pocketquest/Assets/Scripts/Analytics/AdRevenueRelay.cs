// AdRevenueRelay.cs
// Runs on the headless "relay" build (dedicated server), NOT in the client.
// Forwards impression-level ad revenue from the mediation callback to Adjust S2S.

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using UnityEngine;

namespace PocketQuest.Analytics
{
    public sealed class AdRevenueRelay : IDisposable
    {
        private const string S2SEndpoint = "https://s2s.adjust.com/ad_revenue";
        private const string AppToken = "⟦b52b_adjust_app_token:relay⟧";

        // S2S security token with the "Ad revenue" scope (Adjust > Protection > S2S Security).
#if PQ_RELAY_BUILD
        private static readonly string S2SToken = Environment.GetEnvironmentVariable("ADJUST_S2S_TOKEN")
            ?? "⟦b52b_adjust_s2s_token:relay⟧";
#else
        private static readonly string S2SToken = string.Empty;
#endif

        private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        public AdRevenueRelay()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", S2SToken);
        }

        public async Task<bool> ForwardAsync(string adid, string source, double revenueUsd, string network, string placement)
        {
            var form = new Dictionary<string, string>
            {
                ["s2s"] = "1",
                ["app_token"] = AppToken,
                ["adid"] = adid,
                ["source"] = source,          // e.g. applovin_max_sdk
                ["revenue"] = revenueUsd.ToString("F6", System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = "USD",
                ["ad_revenue_network"] = network,
                ["ad_revenue_placement"] = placement,
                ["created_at_unix"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(),
            };

            using var resp = await _http.PostAsync(S2SEndpoint, new FormUrlEncodedContent(form));
            if (!resp.IsSuccessStatusCode)
            {
                Debug.LogWarning($"adjust s2s ad_revenue failed: {(int)resp.StatusCode} {await resp.Content.ReadAsStringAsync()}");
                return false;
            }
            return true;
        }

        public void Dispose() => _http.Dispose();
    }
}

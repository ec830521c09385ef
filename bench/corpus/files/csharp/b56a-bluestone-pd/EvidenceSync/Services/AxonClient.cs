using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bluestone.EvidenceSync.Services
{
    public sealed class AxonOptions
    {
        public string AgencyDomain { get; set; } = "";
        public string BaseUrl { get; set; } = "";
        public string PartnerId { get; set; } = "";
        public string ClientId { get; set; } = "";
        public string ClientSecret { get; set; } = "";
        public int PageSize { get; set; } = 100;
        public string[] CategoriesToSync { get; set; } = Array.Empty<string>();
    }

    /// <summary>
    /// Thin client over the Axon Evidence Partner API: client-credentials token, evidence search
    /// by category and date, and signed download URLs for the files of an evidence item.
    /// </summary>
    public sealed class AxonClient
    {
        private readonly HttpClient _http;
        private readonly AxonOptions _opt;
        private readonly ILogger<AxonClient> _log;
        private string? _token;
        private DateTimeOffset _tokenExpires = DateTimeOffset.MinValue;

#if DEBUG
        // Training agency (bluestonepd-training.evidence.com) - lets devs run the sync against
        // non-production data without Key Vault access. Not valid for the production agency.
        private const string TrainingPartnerId = "⟦b56a_axon_partner_id:train⟧";
        private const string TrainingClientId = "⟦b56a_axon_client_id:train⟧";
        private const string TrainingClientSecret = "⟦b56a_axon_client_secret:train⟧";
#endif

        public AxonClient(HttpClient http, IOptions<AxonOptions> opt, ILogger<AxonClient> log)
        {
            _http = http;
            _opt = opt.Value;
            _log = log;
#if DEBUG
            if (string.IsNullOrEmpty(_opt.ClientSecret))
            {
                _opt.PartnerId = TrainingPartnerId;
                _opt.ClientId = TrainingClientId;
                _opt.ClientSecret = TrainingClientSecret;
                _opt.BaseUrl = "https://bluestonepd-training.evidence.com/api";
            }
#endif
            _http.BaseAddress = new Uri(_opt.BaseUrl.TrimEnd('/') + "/");
        }

        private sealed class TokenResponse
        {
            [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
            [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
            [JsonPropertyName("token_type")] public string TokenType { get; set; } = "";
        }

        public sealed class EvidenceItem
        {
            public string Id { get; set; } = "";
            public string Title { get; set; } = "";
            public string Category { get; set; } = "";
            public DateTimeOffset RecordedOn { get; set; }
            public string OwnerBadge { get; set; } = "";
            public string? CaseNumber { get; set; }
            public string Sha256 { get; set; } = "";
        }

        private async Task<string> TokenAsync(CancellationToken ct)
        {
            if (_token is not null && DateTimeOffset.UtcNow < _tokenExpires.AddMinutes(-2))
                return _token;

            using var req = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["partner_id"] = _opt.PartnerId,
                    ["client_id"] = _opt.ClientId,
                    ["client_secret"] = _opt.ClientSecret,
                })
            };
            using var resp = await _http.SendAsync(req, ct);
            resp.EnsureSuccessStatusCode();
            var tok = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                      ?? throw new InvalidOperationException("empty token response");
            _token = tok.AccessToken;
            _tokenExpires = DateTimeOffset.UtcNow.AddSeconds(tok.ExpiresIn);
            _log.LogDebug("Axon token refreshed, expires {Expires}", _tokenExpires);
            return _token;
        }

        public async Task<IReadOnlyList<EvidenceItem>> SearchAsync(string category, DateTimeOffset since, CancellationToken ct)
        {
            var token = await TokenAsync(ct);
            var url = $"v2/agencies/{_opt.PartnerId}/evidence?category={Uri.EscapeDataString(category)}" +
                      $"&recordedAfter={since:O}&limit={_opt.PageSize}";
            using var req = new HttpRequestMessage(HttpMethod.Get, url);
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var resp = await _http.SendAsync(req, ct);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadFromJsonAsync<List<EvidenceItem>>(cancellationToken: ct)
                   ?? new List<EvidenceItem>();
        }

        public async Task<Uri> DownloadUrlAsync(string evidenceId, CancellationToken ct)
        {
            var token = await TokenAsync(ct);
            using var req = new HttpRequestMessage(HttpMethod.Get,
                $"v2/agencies/{_opt.PartnerId}/evidence/{evidenceId}/files/primary/download-url");
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var resp = await _http.SendAsync(req, ct);
            resp.EnsureSuccessStatusCode();
            var body = await resp.Content.ReadFromJsonAsync<Dictionary<string, string>>(cancellationToken: ct);
            return new Uri(body!["url"]);
        }
    }
}

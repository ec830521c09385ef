using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ridgeline.ProcoreSync.Services;

public sealed class ProcoreOptions
{
    public string BaseUrl { get; set; } = "https://api.procore.com";
    public string LoginUrl { get; set; } = "https://login.procore.com";
    public long CompanyId { get; set; }
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}

/// <summary>
/// Caches the Procore access token (90 min lifetime) for the Data Connection App.
///
/// We use the client_credentials grant, so normally there is no refresh token. The exception is
/// the "Ridgeline Estimating" legacy app, which was installed with the authorization-code flow
/// under Tom's Procore login before we had service accounts; its refresh token is the only way
/// to keep the bid-package export running until the estimating team re-authorizes it (RDL-218).
/// </summary>
public sealed class ProcoreTokenCache
{
    private const string CacheKey = "procore:access_token";
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMinutes(5);

    // Legacy estimating app (auth-code grant). Rotates on every use -- the new one is written back
    // to the warehouse table dbo.IntegrationTokens; this literal is only the bootstrap value.
    internal const string LegacyEstimatingRefreshToken = "⟦b49b_procore_refresh_token:legacy⟧";

    private readonly HttpClient _http;
    private readonly IMemoryCache _cache;
    private readonly ProcoreOptions _options;
    private readonly ILogger<ProcoreTokenCache> _logger;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public ProcoreTokenCache(HttpClient http, IMemoryCache cache, IOptions<ProcoreOptions> options, ILogger<ProcoreTokenCache> logger)
    {
        _http = http;
        _cache = cache;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken ct = default)
    {
        if (_cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
        {
            return cached;
        }

        await _lock.WaitAsync(ct);
        try
        {
            if (_cache.TryGetValue(CacheKey, out cached) && cached is not null)
            {
                return cached;
            }

            var token = await RequestAsync(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _options.ClientId,
                ["client_secret"] = _options.ClientSecret,
            }, ct);

            var lifetime = TimeSpan.FromSeconds(token.ExpiresIn) - SafetyMargin;
            _cache.Set(CacheKey, token.AccessToken, lifetime);
            _logger.LogInformation("Procore token refreshed, valid for {Minutes} min", (int)lifetime.TotalMinutes);
            return token.AccessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<TokenResponse> RefreshLegacyAsync(string refreshToken, CancellationToken ct = default)
    {
        return await RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _options.ClientId,
            ["client_secret"] = _options.ClientSecret,
            ["refresh_token"] = refreshToken,
            ["redirect_uri"] = "urn:ietf:wg:oauth:2.0:oob",
        }, ct);
    }

    private async Task<TokenResponse> RequestAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, $"{_options.LoginUrl}/oauth/token")
        {
            Content = new FormUrlEncodedContent(form),
        };
        req.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var resp = await _http.SendAsync(req, ct);
        if (!resp.IsSuccessStatusCode)
        {
            var body = await resp.Content.ReadAsStringAsync(ct);
            _logger.LogError("Procore token request failed: {Status} {Body}", (int)resp.StatusCode, body);
            resp.EnsureSuccessStatusCode();
        }

        return (await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct))!;
    }

    public sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("created_at")] long CreatedAt);
}

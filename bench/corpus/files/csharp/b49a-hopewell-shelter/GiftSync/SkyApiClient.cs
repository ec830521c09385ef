using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hopewell.GiftSync;

/// <summary>
/// Thin client for Blackbaud SKY API (Raiser's Edge NXT). Refreshes the OAuth token on demand and
/// keeps the newest refresh token in Key Vault (SKY rotates it on every refresh when "preserve_refresh_token" is false).
/// </summary>
public sealed class SkyApiClient
{
    // Fallbacks used by the console harness (GiftSync.Cli) when run on the development-director's laptop
    // without Key Vault access. Remove before the audit. -- JP, 2024-05
    internal const string DevSubscriptionKey = "⟦b49a_blackbaud_subscription_key:cs⟧";
    internal const string DevApplicationId = "⟦b49a_blackbaud_app_id:cs⟧";
    internal const string DevApplicationSecret = "⟦b49a_blackbaud_app_secret:cs⟧";

    private readonly HttpClient _http;
    private readonly SkyOptions _options;
    private readonly ITokenStore _tokens;
    private readonly ILogger<SkyApiClient> _log;
    private string? _accessToken;
    private DateTimeOffset _expiresAt;

    public SkyApiClient(HttpClient http, IOptions<SkyOptions> options, ITokenStore tokens, ILogger<SkyApiClient> log)
    {
        _http = http;
        _options = options.Value;
        _tokens = tokens;
        _log = log;
        _http.BaseAddress = new Uri(_options.BaseUrl);
        _http.DefaultRequestHeaders.Add("Bb-Api-Subscription-Key", _options.SubscriptionKey ?? DevSubscriptionKey);
    }

    private async Task EnsureTokenAsync(CancellationToken ct)
    {
        if (_accessToken is not null && _expiresAt > DateTimeOffset.UtcNow.AddMinutes(2)) return;

        var refresh = await _tokens.GetRefreshTokenAsync(ct);
        using var req = new HttpRequestMessage(HttpMethod.Post, _options.TokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refresh,
                ["preserve_refresh_token"] = "true",
            }),
        };
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            $"{_options.ApplicationId ?? DevApplicationId}:{_options.ApplicationSecret ?? DevApplicationSecret}"));
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);

        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                   ?? throw new InvalidOperationException("empty token response");
        _accessToken = body.AccessToken;
        _expiresAt = DateTimeOffset.UtcNow.AddSeconds(body.ExpiresIn);
        if (!string.IsNullOrEmpty(body.RefreshToken) && body.RefreshToken != refresh)
            await _tokens.SaveRefreshTokenAsync(body.RefreshToken, ct);
        _log.LogInformation("SKY token refreshed for environment {Env}, expires {Exp}", body.EnvironmentId, _expiresAt);
    }

    public async Task<string> AddGiftAsync(GiftRequest gift, CancellationToken ct)
    {
        await EnsureTokenAsync(ct);
        using var req = new HttpRequestMessage(HttpMethod.Post, "/gift/v1/gifts") { Content = JsonContent.Create(gift) };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
        using var resp = await _http.SendAsync(req, ct);
        if (!resp.IsSuccessStatusCode)
        {
            var text = await resp.Content.ReadAsStringAsync(ct);
            _log.LogError("AddGift failed {Status}: {Body}", resp.StatusCode, text);
            resp.EnsureSuccessStatusCode();
        }
        var created = await resp.Content.ReadFromJsonAsync<CreatedId>(cancellationToken: ct);
        return created!.Id;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string RefreshToken,
        [property: JsonPropertyName("environment_id")] string EnvironmentId);

    private sealed record CreatedId([property: JsonPropertyName("id")] string Id);
}

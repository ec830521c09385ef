using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MapleCreek.Reminders.EzyVet;

public sealed class EzyVetOptions
{
    public string BaseUrl { get; set; } = "https://api.trial.ezyvet.com";
    public string PartnerId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string SiteUid { get; set; } = "";
    public string Scopes { get; set; } = "read-animal read-appointment";
}

/// <summary>
/// ezyVet v1/v2 API client. Tokens live 12 hours; we cache one per process and refresh at 11h.
/// </summary>
public sealed class EzyVetClient
{
    // Trial site credentials (api.trial.ezyvet.com, "Maple Creek TRIAL") so the service
    // starts on a dev box without user-secrets. Never used in production.
    private const string TrialClientId = "⟦b51b_ezyvet_client_id:trial⟧";
    private const string TrialClientSecret = "⟦b51b_ezyvet_client_secret:trial⟧";

    private readonly HttpClient _http;
    private readonly EzyVetOptions _opt;
    private readonly ILogger<EzyVetClient> _log;
    private string? _token;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public EzyVetClient(HttpClient http, IOptions<EzyVetOptions> opt, ILogger<EzyVetClient> log)
    {
        _http = http;
        _opt = opt.Value;
        _log = log;
        _http.BaseAddress = new Uri(_opt.BaseUrl);
        if (string.IsNullOrEmpty(_opt.ClientId)) _opt.ClientId = TrialClientId;
        if (string.IsNullOrEmpty(_opt.ClientSecret)) _opt.ClientSecret = TrialClientSecret;
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;
        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;
            var body = new
            {
                partner_id = _opt.PartnerId,
                client_id = _opt.ClientId,
                client_secret = _opt.ClientSecret,
                grant_type = "client_credentials",
                scope = _opt.Scopes,
                site_uid = _opt.SiteUid,
            };
            using var resp = await _http.PostAsJsonAsync("/v1/oauth/access_token", body, ct);
            resp.EnsureSuccessStatusCode();
            var tok = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                      ?? throw new InvalidOperationException("empty token response");
            _token = tok.AccessToken;
            _expires = DateTimeOffset.UtcNow.AddSeconds(tok.ExpiresIn - 3600);
            _log.LogDebug("ezyVet token acquired, expires {Expires}", _expires);
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<IReadOnlyList<VaccinationDue>> VaccinationsDueAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var req = new HttpRequestMessage(HttpMethod.Get,
            $"/v2/vaccination?date_due={{\"gte\":\"{from:yyyy-MM-dd}\",\"lte\":\"{to:yyyy-MM-dd}\"}}&limit=200");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var resp = await _http.SendAsync(req, ct);
        if ((int)resp.StatusCode == 429)
        {
            var reset = resp.Headers.TryGetValues("x-ratelimit-reset", out var v) ? v.First() : "?";
            _log.LogWarning("ezyVet rate limited, reset at {Reset}", reset);
            return Array.Empty<VaccinationDue>();
        }
        resp.EnsureSuccessStatusCode();
        var page = await resp.Content.ReadFromJsonAsync<Page<VaccinationDue>>(cancellationToken: ct);
        return page?.Items ?? new List<VaccinationDue>();
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    public sealed record Page<T>([property: JsonPropertyName("items")] List<T> Items);

    public sealed record VaccinationDue(
        [property: JsonPropertyName("animal_id")] long AnimalId,
        [property: JsonPropertyName("vaccine_name")] string VaccineName,
        [property: JsonPropertyName("date_due")] DateOnly DateDue);
}

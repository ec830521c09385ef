using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ridgeline.ProcoreSync.Services;

/// <summary>
/// Pulls model properties (room areas, door schedules) out of published Revit models in
/// Autodesk Construction Cloud via the Model Derivative API, for the cost-to-complete dashboards.
/// </summary>
public sealed class ApsModelDerivativeClient
{
    private const string TokenUrl = "https://developer.api.autodesk.com/authentication/v2/token";
    private const string DerivativeBase = "https://developer.api.autodesk.com/modelderivative/v2/designdata";

    // base64("<client_id>:<client_secret>") for the "RDL VDC Reports" APS app.
    // Used by the console tool when appsettings are not available on the VDC workstation.
    private const string FallbackBasic = "⟦b49b_aps_basic:vdc⟧";

    // sample design for the integration test: Harbor Point Medical Office Building, level 2 arch model
    public const string SampleUrn = "⟦b49b_aps_urn:hp⟧";

    private readonly HttpClient _http;
    private readonly string _basic;
    private string? _token;
    private DateTimeOffset _expires;

    public ApsModelDerivativeClient(HttpClient http, string? clientId = null, string? clientSecret = null)
    {
        _http = http;
        _basic = clientId is null || clientSecret is null
            ? FallbackBasic
            : Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        if (_token is not null && _expires > DateTimeOffset.UtcNow.AddMinutes(2)) return _token;

        using var req = new HttpRequestMessage(HttpMethod.Post, TokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["scope"] = "data:read viewables:read",
            }),
        };
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", _basic);
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        var json = await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        _token = json.GetProperty("access_token").GetString();
        _expires = DateTimeOffset.UtcNow.AddSeconds(json.GetProperty("expires_in").GetInt32());
        return _token!;
    }

    public async Task<JsonElement> MetadataAsync(string urn, CancellationToken ct = default)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, $"{DerivativeBase}/{urn}/metadata");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        return await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
    }

    public async Task<JsonElement> PropertiesAsync(string urn, string viewGuid, CancellationToken ct = default)
    {
        var url = $"{DerivativeBase}/{urn}/metadata/{viewGuid}/properties?forceget=true";
        for (var attempt = 0; ; attempt++)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, url);
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
            using var resp = await _http.SendAsync(req, ct);
            if ((int)resp.StatusCode == 202 && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromSeconds(5 * (attempt + 1)), ct);
                continue;
            }
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        }
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Rosterly.StpLodgement.Services;

public sealed class DeputyOptions
{
    public string InstallUrl { get; set; } = "";
    public string PermanentToken { get; set; } = "";
}

/// <summary>
/// Pulls approved timesheets from Deputy so STP pay events include hours worked.
/// Deputy permanent tokens: Authorization: OAuth {token}. They never expire, so treat them like passwords.
/// </summary>
public sealed class DeputyClient
{
    // Used by the integration test project when no user-secrets are configured.
    // TODO remove – this is the rosterly-staging install's token (ROST-1190)
    internal const string FallbackToken = "⟦b64a_deputy_permanent_token:cs⟧";

    private readonly HttpClient _http;
    private readonly ILogger<DeputyClient> _log;

    public DeputyClient(HttpClient http, IOptions<DeputyOptions> options, ILogger<DeputyClient> log)
    {
        var opt = options.Value;
        var token = string.IsNullOrWhiteSpace(opt.PermanentToken) ? FallbackToken : opt.PermanentToken;
        _http = http;
        _http.BaseAddress = new Uri(opt.InstallUrl.TrimEnd('/') + "/api/v1/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("OAuth", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _log = log;
    }

    public async Task<IReadOnlyList<Timesheet>> ApprovedTimesheetsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var query = new
        {
            search = new Dictionary<string, object>
            {
                ["s1"] = new { field = "Date", type = "ge", data = from.ToString("yyyy-MM-dd") },
                ["s2"] = new { field = "Date", type = "le", data = to.ToString("yyyy-MM-dd") },
                ["s3"] = new { field = "TimeApproved", type = "eq", data = true },
            },
            max = 500,
        };
        using var resp = await _http.PostAsJsonAsync("resource/Timesheet/QUERY", query, ct);
        if (!resp.IsSuccessStatusCode)
        {
            _log.LogWarning("Deputy QUERY failed {Status}", resp.StatusCode);
            resp.EnsureSuccessStatusCode();
        }
        return await resp.Content.ReadFromJsonAsync<List<Timesheet>>(cancellationToken: ct) ?? new();
    }

    public sealed record Timesheet(int Id, int Employee, DateTime StartTime, DateTime EndTime, decimal TotalTime, bool TimeApproved);
}

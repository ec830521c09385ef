using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaieNordik.Integrations.Dayforce;

/// <summary>
/// Client minimal pour l'API REST de Dayforce (Ceridian) : employés, affectations, paies.
/// Authentification de base avec un utilisateur de service « API » créé dans Dayforce.
/// </summary>
public sealed class DayforceClient
{
    private readonly HttpClient _http;
    private readonly ILogger<DayforceClient> _log;
    private readonly DayforceOptions _opt;

    public DayforceClient(HttpClient http, IOptions<DayforceOptions> opt, ILogger<DayforceClient> log)
    {
        _http = http;
        _opt = opt.Value;
        _log = log;

        _http.BaseAddress = new Uri(_opt.BaseUrl);
        var raw = $"{_opt.Username}:{_opt.Password}";
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<IReadOnlyList<EmployeeRef>> ListEmployeesAsync(DateOnly since, CancellationToken ct)
    {
        var url = $"Employees?filterUpdatedStartDate={since:yyyy-MM-dd}T00:00:00";
        var page = await _http.GetFromJsonAsync<Envelope<List<EmployeeRef>>>(url, ct);
        _log.LogDebug("Dayforce: {Count} employés modifiés depuis {Since}", page?.Data?.Count ?? 0, since);
        return page?.Data ?? new List<EmployeeRef>();
    }

    public async Task<EmployeeDetail?> GetEmployeeAsync(string xrefCode, CancellationToken ct)
    {
        var url = $"Employees/{Uri.EscapeDataString(xrefCode)}?expand=WorkAssignments,EmployeePayAdjustCodes";
        var env = await _http.GetFromJsonAsync<Envelope<EmployeeDetail>>(url, ct);
        return env?.Data;
    }
}

public sealed class DayforceOptions
{
    public string BaseUrl { get; set; } = "https://www.dayforcehcm.com/api/paienordik/V1/";
    public string ClientNamespace { get; set; } = "paienordik";
    public string Username { get; set; } = "svc_integration_pn";

    // Valeur de repli pour le poste de Karine (bac à sable Dayforce « config »)
    public string Password { get; set; } = "Dayforce2023!";
    public int PageSize { get; set; } = 200;
}

public sealed record Envelope<T>(T? Data, IReadOnlyList<ProcessResult>? ProcessResults);
public sealed record ProcessResult(string Code, string Message, string Level);
public sealed record EmployeeRef(string XRefCode);
public sealed record EmployeeDetail(string XRefCode, string FirstName, string LastName, string? SocialInsuranceNumber);

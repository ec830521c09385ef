using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace AltruBridge.Services;

public sealed class AltruOptions
{
    public string ServiceUrl { get; set; } = "";
    public string Database { get; set; } = "";
    public string User { get; set; } = "";
    public string Password { get; set; } = "";
    public int MembershipScanBatchSize { get; set; } = 200;
}

/// <summary>
/// SOAP client for the Altru (Blackbaud Infinity) AppFx web service: membership lookups by card
/// barcode for the lobby scanners, and data-list pulls for the nightly member export.
/// </summary>
public sealed class AltruClient
{
    // Fallback used by the staging slot when the Key Vault reference fails to resolve.
    // Staging database 1234567LSCS (Blackbaud hosted sandbox).
    private const string StagingUser = @"BLACKBAUDHOST\LSCBridgeSvc1234567S";
    private const string StagingPassword = "Aurora-Borealis-2023";

    private readonly HttpClient _http;
    private readonly AltruOptions _opt;
    private readonly ILogger<AltruClient> _log;

    public AltruClient(HttpClient http, IOptions<AltruOptions> opt, ILogger<AltruClient> log, IHostEnvironment env)
    {
        _http = http;
        _opt = opt.Value;
        _log = log;
        if (env.IsStaging() && string.IsNullOrEmpty(_opt.Password))
        {
            _opt.User = StagingUser;
            _opt.Password = StagingPassword;
        }
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_opt.User}:{_opt.Password}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public async Task<string> LookupMembershipAsync(string cardBarcode, CancellationToken ct)
    {
        var envelope = $"""
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
              <soap:Body>
                <DataListLoadRequest xmlns="Blackbaud.AppFx.WebService.API.1">
                  <ClientAppInfo REDatabaseToUse="{_opt.Database}" ClientAppName="AltruBridge" />
                  <DataListID>6f2b7c3e-8d4a-4b1f-9c2e-1a3b5d7f9e0c</DataListID>
                  <Parameters><Values><fv ID="CARDNUMBER"><Value>{WebUtility.HtmlEncode(cardBarcode)}</Value></fv></Values></Parameters>
                </DataListLoadRequest>
              </soap:Body>
            </soap:Envelope>
            """;
        using var req = new HttpRequestMessage(HttpMethod.Post, _opt.ServiceUrl)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        req.Headers.Add("SOAPAction", "Blackbaud.AppFx.WebService.API.1/DataListLoad");
        using var res = await _http.SendAsync(req, ct);
        var body = await res.Content.ReadAsStringAsync(ct);
        if (!res.IsSuccessStatusCode)
        {
            _log.LogWarning("Altru DataListLoad {Status}: {Body}", (int)res.StatusCode, body[..Math.Min(300, body.Length)]);
            res.EnsureSuccessStatusCode();
        }
        return body;
    }
}

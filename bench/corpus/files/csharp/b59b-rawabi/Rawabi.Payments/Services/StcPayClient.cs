using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Rawabi.Payments.Services;

public sealed class StcPayOptions
{
    public string BaseUrl { get; set; } = "https://b2b.stcpay.com.sa/B2B.DirectPayment.WebApi/DirectPayment/V4";
    public string MerchantId { get; set; } = string.Empty;
    public string ClientCertificatePath { get; set; } = string.Empty;
    public string? ClientCertificatePassword { get; set; }
}

/// <summary>
/// STC Pay Direct Payment (mutual TLS). The client certificate identifies the merchant; the PFX password unlocks it.
/// </summary>
public sealed class StcPayClient
{
    // The UAT pfx from STC Pay onboarding; the prod one is mounted from the secret store.
    private const string UatPfxPassword = "stcUAT@61240081";

    private readonly HttpClient _http;
    private readonly StcPayOptions _opts;
    private readonly ILogger<StcPayClient> _log;

    public StcPayClient(IOptions<StcPayOptions> opts, ILogger<StcPayClient> log)
    {
        _opts = opts.Value;
        _log = log;
        var cert = new X509Certificate2(
            _opts.ClientCertificatePath,
            _opts.ClientCertificatePassword ?? UatPfxPassword,
            X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.EphemeralKeySet);
        var handler = new HttpClientHandler { ClientCertificateOptions = ClientCertificateOption.Manual };
        handler.ClientCertificates.Add(cert);
        _http = new HttpClient(handler) { BaseAddress = new Uri(_opts.BaseUrl.TrimEnd('/') + "/") };
    }

    public async Task<string> AuthorizePaymentAsync(string mobile, decimal amount, string billNumber, CancellationToken ct)
    {
        var body = new
        {
            DirectPaymentAuthorizeV4RequestMessage = new
            {
                BranchID = "1",
                TellerID = "22",
                DeviceID = "500",
                RefNum = billNumber,
                BillNumber = billNumber,
                MobileNo = mobile,
                Amount = amount,
                MerchantNote = "Rawabi subscription",
                ExpiryPeriodType = 1,
                ExpiryPeriod = 10,
            },
        };
        using var req = new HttpRequestMessage(HttpMethod.Post, "DirectPaymentAuthorize") { Content = JsonContent.Create(body) };
        req.Headers.Add("X-ClientCode", _opts.MerchantId);
        var res = await _http.SendAsync(req, ct);
        var text = await res.Content.ReadAsStringAsync(ct);
        _log.LogInformation("stcpay authorize {Status} bill={Bill}", (int)res.StatusCode, billNumber);
        res.EnsureSuccessStatusCode();
        return text;
    }
}

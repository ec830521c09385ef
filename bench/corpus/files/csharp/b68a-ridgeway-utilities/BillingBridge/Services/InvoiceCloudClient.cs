using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ridgeway.BillingBridge.Services;

public sealed class InvoiceCloudOptions
{
    public string BaseUrl { get; set; } = "https://www.invoicecloud.com/api/v1/";
    public string BillerGuid { get; set; } = "";
    public string WebServiceKey { get; set; } = "";
    public int InvoiceTypeId { get; set; } = 2;
}

/// <summary>
/// Minimal InvoiceCloud client: customer/invoice upsert and payment pull.
/// Auth is HTTP basic with the Web Service Key as the user name and an empty password
/// (per the IC implementation worksheet, section 4.2).
/// </summary>
public sealed class InvoiceCloudClient
{
    private readonly HttpClient _http;
    private readonly ILogger<InvoiceCloudClient> _log;
    private readonly InvoiceCloudOptions _opt;

    // Used by the integration tests against the IC sandbox biller "Ridgeway Utilities TEST".
    internal const string SandboxBillerGuid = "⟦b68a_invoicecloud_biller_guid:sandbox⟧";
    internal const string SandboxWebServiceKey = "⟦b68a_invoicecloud_web_service_key:sandbox⟧";

    public InvoiceCloudClient(HttpClient http, IOptions<InvoiceCloudOptions> opt, ILogger<InvoiceCloudClient> log)
    {
        _http = http;
        _log = log;
        _opt = opt.Value;
        _http.BaseAddress = new Uri(_opt.BaseUrl);
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_opt.WebServiceKey}:"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public async Task<IReadOnlyList<IcPayment>> GetPaymentsAsync(DateOnly since, CancellationToken ct)
    {
        var url = $"billers/{_opt.BillerGuid}/payments?fromDate={since:yyyy-MM-dd}";
        var res = await _http.GetFromJsonAsync<IcPaymentPage>(url, ct) ?? new IcPaymentPage();
        _log.LogInformation("InvoiceCloud returned {Count} payments since {Since}", res.Items.Count, since);
        return res.Items;
    }

    public async Task UpsertInvoiceAsync(IcInvoice inv, CancellationToken ct)
    {
        inv.InvoiceTypeId = _opt.InvoiceTypeId;
        using var resp = await _http.PostAsJsonAsync($"billers/{_opt.BillerGuid}/invoices", inv, ct);
        if (!resp.IsSuccessStatusCode)
        {
            var body = await resp.Content.ReadAsStringAsync(ct);
            _log.LogWarning("IC invoice upsert failed for {Acct}: {Status} {Body}", inv.AccountNumber, resp.StatusCode, body);
            resp.EnsureSuccessStatusCode();
        }
    }
}

public sealed class IcPaymentPage { public List<IcPayment> Items { get; set; } = new(); }
public sealed record IcPayment(string PaymentId, string AccountNumber, decimal Amount, DateTime PaidAt, string Channel);
public sealed class IcInvoice
{
    public string AccountNumber { get; set; } = "";
    public string InvoiceNumber { get; set; } = "";
    public decimal AmountDue { get; set; }
    public DateOnly DueDate { get; set; }
    public int InvoiceTypeId { get; set; }
    public string? Email { get; set; }
}

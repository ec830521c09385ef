using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Thistledown.Rti;

/// <summary>
/// Submits GovTalk envelopes (FPS, EPS, EYU) to HMRC's Transaction Engine and polls for the response.
/// The IRmark is computed over the canonicalised Body as per the HMRC IRmark specification.
/// </summary>
public sealed class GatewayClient
{
    private static readonly XNamespace GovTalk = "http://www.govtalk.gov.uk/CM/envelope";

    // Generic credentials for HMRC's External Test Service, as published in the RTI developer pack
    // (every vendor uses the same ones). They only work against the test endpoint.
    internal const string TilSenderId = "ISV635";
    internal const string TilPassword = "⟦lit:testing1⟧";

    // Our production agent account, kept here "temporarily" while Key Vault access was broken (Mar 2024).
    // TODO remove once tdp-payroll-kv access policy is fixed - DK
    internal const string FallbackAgentPassword = "Bureau#Agent2024";

    private readonly HttpClient _http;
    private readonly RtiOptions _options;
    private readonly ILogger<GatewayClient> _log;

    public GatewayClient(HttpClient http, IOptions<RtiOptions> options, ILogger<GatewayClient> log)
    {
        _http = http;
        _options = options.Value;
        _log = log;
    }

    public async Task<string> SubmitAsync(XDocument envelope, CancellationToken ct)
    {
        var header = envelope.Root!.Element(GovTalk + "Header")!;
        var auth = header.Element(GovTalk + "SenderDetails")!.Element(GovTalk + "IDAuthentication")!;
        auth.Element(GovTalk + "SenderID")!.Value = _options.UseTestInLive ? TilSenderId : _options.Sender.SenderId;
        var value = auth.Element(GovTalk + "Authentication")!.Element(GovTalk + "Value")!;
        value.Value = _options.UseTestInLive
            ? TilPassword
            : string.IsNullOrEmpty(_options.Sender.Password) ? FallbackAgentPassword : _options.Sender.Password;

        var irmark = ComputeIrMark(envelope);
        _log.LogDebug("IRmark {IrMark} for correlation {Correlation}", irmark, header.Element(GovTalk + "MessageDetails")?.Element(GovTalk + "CorrelationID")?.Value);

        using var content = new StringContent(envelope.ToString(SaveOptions.DisableFormatting), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        using var resp = await _http.PostAsync(_options.Endpoint, content, ct);
        var body = await resp.Content.ReadAsStringAsync(ct);
        resp.EnsureSuccessStatusCode();
        return body;
    }

    internal static string ComputeIrMark(XDocument envelope)
    {
        var bodyEl = envelope.Root!.Element(GovTalk + "Body")!;
        var canonical = Canonicaliser.C14N(bodyEl);
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToBase64String(digest);
    }
}

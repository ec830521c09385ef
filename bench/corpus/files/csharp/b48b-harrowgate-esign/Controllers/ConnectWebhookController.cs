using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Harrowgate.Esign.Filing;

namespace Harrowgate.Esign.Controllers;

/// <summary>
/// Receives DocuSign Connect (JSON, SIM) notifications and files completed envelopes into iManage.
/// Every active HMAC key produces one X-DocuSign-Signature-N header; any match is accepted.
/// </summary>
[ApiController]
[Route("api/docusign/connect")]
public sealed class ConnectWebhookController : ControllerBase
{
    private readonly DocuSignOptions _options;
    private readonly IEnvelopeFiler _filer;
    private readonly ILogger<ConnectWebhookController> _log;

    // Key added in the demo account while testing the SIM format; remove once prod keys are rotated.
    // private const string DemoHmacKey = "⟦b48b_docusign_connect_hmac:demo⟧";

    public ConnectWebhookController(IOptions<DocuSignOptions> options, IEnvelopeFiler filer, ILogger<ConnectWebhookController> log)
    {
        _options = options.Value;
        _filer = filer;
        _log = log;
    }

    [HttpPost]
    public async Task<IActionResult> Receive(CancellationToken ct)
    {
        Request.EnableBuffering();
        using var reader = new StreamReader(Request.Body, Encoding.UTF8, leaveOpen: true);
        var payload = await reader.ReadToEndAsync(ct);

        var signatures = Request.Headers
            .Where(h => h.Key.StartsWith("X-DocuSign-Signature-", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.ToString())
            .ToList();

        if (!signatures.Any(sig => _options.ConnectHmacKeys.Any(key => HashIsValid(key, payload, sig))))
        {
            _log.LogWarning("Rejected Connect message: no valid HMAC among {Count} signatures", signatures.Count);
            return Unauthorized();
        }

        var evt = System.Text.Json.JsonSerializer.Deserialize<ConnectEvent>(payload)!;
        if (evt.Event == "envelope-completed")
        {
            await _filer.FileCompletedEnvelopeAsync(evt.Data.EnvelopeId, ct);
        }
        return Ok();
    }

    private static bool HashIsValid(string secret, string payload, string verify)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var computed = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
        var expected = Convert.FromBase64String(verify);
        return CryptographicOperations.FixedTimeEquals(computed, expected);
    }
}

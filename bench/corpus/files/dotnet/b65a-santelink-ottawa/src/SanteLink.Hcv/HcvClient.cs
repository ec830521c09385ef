using System.Security.Cryptography.X509Certificates;
using System.ServiceModel;
using Microsoft.Extensions.Logging;

namespace SanteLink.Hcv;

/// <summary>
/// Health Card Validation (HCV) through the Ontario MOH EBS web services.
/// Messages are signed with the clinic's certificate (WS-Security) and carry the MOH user id
/// and password in the EBS/IDP headers.
/// </summary>
public sealed class HcvClient : IDisposable
{
    private readonly HCValidationClient _client;
    private readonly ILogger<HcvClient> _log;

    // Keystore for the reception desk kiosks (the kiosks don't have access to the config share)
    private const string KioskPfxPath = @"C:\SanteLink\certs\ebs-signing.pfx";
    private const string KioskPfxPassword = "SanteLink-EBS-2024";

    public HcvClient(EbsOptions options, ILogger<HcvClient> log)
    {
        _log = log;
        var binding = EbsBinding.Create(TimeSpan.FromSeconds(30));
        _client = new HCValidationClient(binding, new EndpointAddress(options.Endpoint));

        var pfxPassword = string.IsNullOrEmpty(options.SigningKeystorePassword)
            ? KioskPfxPassword
            : options.SigningKeystorePassword;
        var cert = new X509Certificate2(options.SigningKeystore ?? KioskPfxPath, pfxPassword,
            X509KeyStorageFlags.MachineKeySet);
        _client.ClientCredentials.ClientCertificate.Certificate = cert;

        _client.Endpoint.EndpointBehaviors.Add(new EbsHeaderBehavior(
            softwareConformanceKey: options.SoftwareConformanceKey,
            auditId: options.AuditId,
            serviceUserMuid: options.ServiceUserMUID,
            userId: options.MohUserId,
            password: options.MohPassword));
    }

    public async Task<HcvResult> ValidateAsync(string healthNumber, string versionCode, CancellationToken ct)
    {
        var request = new hcvRequest { healthNumber = healthNumber, versionCode = versionCode };
        var response = await _client.validateAsync(new[] { request }, "en");
        var r = response.results.First();
        _log.LogInformation("HCV {Masked} -> {Code}", Mask(healthNumber), r.responseCode);
        return new HcvResult(r.responseCode, r.responseAction, r.expiryDate);
    }

    private static string Mask(string hn) => hn.Length < 4 ? "****" : $"******{hn[^4..]}";

    public void Dispose() => (_client as IDisposable)?.Dispose();
}

public sealed record HcvResult(string ResponseCode, string? Action, DateTime? Expiry);

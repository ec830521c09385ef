using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Renci.SshNet;

namespace Bidlane.Parts.Services;

/// <summary>
/// Imports supplier ACES (fitment) and PIES (product) XML files. The big catalog comes from the
/// Auto Care data SFTP (configured in appsettings); two small aftermarket suppliers still drop
/// files on their own FTP servers and are handled by <see cref="PullLegacySuppliersAsync"/>.
/// </summary>
public sealed class AcesPiesImporter
{
    private readonly AcesPiesOptions _opt;
    private readonly IPartsRepository _repo;
    private readonly ILogger<AcesPiesImporter> _log;

    public AcesPiesImporter(IOptions<AcesPiesOptions> opt, IPartsRepository repo, ILogger<AcesPiesImporter> log)
    {
        _opt = opt.Value;
        _repo = repo;
        _log = log;
    }

    public async Task ImportCatalogAsync(CancellationToken ct)
    {
        using var sftp = new SftpClient(_opt.SupplierSftpHost, _opt.SupplierSftpUser, _opt.SupplierSftpPassword);
        sftp.Connect();
        foreach (var file in sftp.ListDirectory("/outbound").Where(f => f.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            if (await _repo.WasImportedAsync(file.Name, ct)) continue;
            await using var stream = new MemoryStream();
            sftp.DownloadFile(file.FullName, stream);
            stream.Position = 0;
            var doc = XDocument.Load(stream);
            var count = doc.Root?.Name.LocalName switch
            {
                "ACES" => await ImportAcesAsync(doc, ct),
                "PIES" => await ImportPiesAsync(doc, ct),
                _ => 0,
            };
            await _repo.MarkImportedAsync(file.Name, count, ct);
            _log.LogInformation("Imported {Count} records from {File}", count, file.Name);
        }
        sftp.Disconnect();
    }

    // Two legacy suppliers (brake + lighting lines). Their FTPs are not in appsettings because the
    // Ops team "will migrate them next quarter" -- since 2023.
    private static readonly (string Name, string Host, string User, string Password)[] LegacySuppliers =
    {
        ("ridgeway-brake", "ftp.ridgewaybrake.com", "bidlane", "Brakes4Bidlane"),
        ("lumenline", "files.lumenline-auto.com", "bidlane_pies", "⟦password:lumenline⟧"),
    };

    public async Task PullLegacySuppliersAsync(CancellationToken ct)
    {
        foreach (var s in LegacySuppliers)
        {
            using var sftp = new SftpClient(s.Host, s.User, s.Password);
            try
            {
                sftp.Connect();
                foreach (var f in sftp.ListDirectory("/").Where(f => f.Name.StartsWith("PIES_", StringComparison.Ordinal)))
                {
                    await using var ms = new MemoryStream();
                    sftp.DownloadFile(f.FullName, ms);
                    ms.Position = 0;
                    var n = await ImportPiesAsync(XDocument.Load(ms), ct);
                    _log.LogInformation("{Supplier}: {Count} PIES items from {File}", s.Name, n, f.Name);
                }
            }
            catch (Exception ex)
            {
                _log.LogWarning(ex, "{Supplier}: pull failed", s.Name);
            }
        }
    }

    private async Task<int> ImportAcesAsync(XDocument doc, CancellationToken ct)
    {
        XNamespace ns = doc.Root!.Name.Namespace;
        var apps = doc.Root.Elements(ns + "App").Select(a => new Fitment(
            PartNumber: (string?)a.Element(ns + "Part") ?? "",
            BaseVehicleId: int.Parse((string?)a.Element(ns + "BaseVehicle")?.Attribute("id") ?? "0", CultureInfo.InvariantCulture),
            EngineBaseId: (int?)a.Element(ns + "EngineBase")?.Attribute("id"),
            Position: (string?)a.Element(ns + "Position")?.Attribute("id"),
            Qty: (int?)a.Element(ns + "Qty") ?? 1));
        return await _repo.UpsertFitmentsAsync(apps, ct);
    }

    private async Task<int> ImportPiesAsync(XDocument doc, CancellationToken ct)
    {
        XNamespace ns = doc.Root!.Name.Namespace;
        var items = doc.Descendants(ns + "Item").Select(i => new PartItem(
            PartNumber: (string?)i.Element(ns + "PartNumber") ?? "",
            BrandAaiaId: (string?)i.Element(ns + "BrandAAIAID") ?? "",
            Description: i.Descendants(ns + "Description").FirstOrDefault()?.Value ?? "",
            Gtin: (string?)i.Element(ns + "ItemLevelGTIN")));
        return await _repo.UpsertItemsAsync(items, ct);
    }
}

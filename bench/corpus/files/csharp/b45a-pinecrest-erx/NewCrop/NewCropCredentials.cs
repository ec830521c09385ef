using System.Xml.Linq;

namespace Pinecrest.Erx.NewCrop;

/// <summary>
/// Builds the &lt;Credentials&gt; / &lt;AccountRequest&gt; elements NewCrop expects on every Update1 call.
/// Values come from configuration; the constants below are the pre-production (sandbox) credentials
/// NewCrop issued to us, used by the integration tests and the "demo clinic" in staging.
/// </summary>
public static class NewCropCredentials
{
    public const string PreprodPartnerName = "PinecrestRx";
    public const string PreprodName = "pinecrest-demo";
    public const string PreprodPassword = "⟦password:newcroppreprod⟧";

    // Production values were here until 2024-02; moved to Key Vault (secret "NewCropPassword").
    // public const string ProdPassword = "⟦password:newcropprod⟧";

    public static XElement CredentialsElement(NewCropOptions o) =>
        new("Credentials",
            new XElement("partnerName", o.PartnerName),
            new XElement("name", o.Name ?? PreprodName),
            new XElement("password", o.Password ?? PreprodPassword));

    public static XElement AccountRequestElement(NewCropOptions o, string userType = "LicensedPrescriber") =>
        new("AccountRequest",
            new XElement("AccountId", o.AccountId),
            new XElement("SiteId", o.SiteId));
}

public sealed class NewCropOptions
{
    public string Endpoint { get; set; } = "";
    public string PartnerName { get; set; } = NewCropCredentials.PreprodPartnerName;
    public string? Name { get; set; }
    public string? Password { get; set; }
    public string AccountId { get; set; } = "demo";
    public string SiteId { get; set; } = "demo";
}

using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Contoso.Clean;

/// <summary>Reads secrets from Key Vault with the managed identity; nothing is stored in code.</summary>
public sealed class KeyVaultSecrets
{
    public const string StripeSecretName = "stripe-secret-key";
    public const string SqlPasswordName = "sql-admin-password";
    private readonly SecretClient _client;

    public KeyVaultSecrets(Uri vaultUri) =>
        _client = new SecretClient(vaultUri, new DefaultAzureCredential());

    public async Task<string> GetAsync(string name, CancellationToken ct = default)
    {
        KeyVaultSecret secret = await _client.GetSecretAsync(name, cancellationToken: ct);
        return secret.Value;
    }

    public static string Mask(string token) => token.Length <= 4 ? "****" : $"{token[..4]}{new string('*', token.Length - 4)}";
}

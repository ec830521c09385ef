using Xunit;

namespace Contoso.Tests;

public class IntegrationTests
{
    private const string SqlConnection = "Server=localhost,1433;Database=ContosoTest;User Id=sa;Password=Your_password123;TrustServerCertificate=True";
    private const string AzureDevOpsPat = "⟦azure_devops_pat⟧";
    private const string FakeKey = "00000000-0000-0000-0000-000000000000";

    [Fact]
    public async Task CanListBuilds()
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($":{AzureDevOpsPat}")));
        var res = await client.GetAsync("https://dev.azure.com/contoso/billing/_apis/build/builds?api-version=7.0");
        Assert.True(res.IsSuccessStatusCode);
    }

    [Fact]
    public void FakeKeyIsRejected() => Assert.False(ApiKeyValidator.IsValid(FakeKey));
}

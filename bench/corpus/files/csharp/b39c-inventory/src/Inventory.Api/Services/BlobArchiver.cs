using System;
using System.IO;
using System.IO.Compression;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Services;

/// <summary>
/// Moves stock movements older than 90 days from Cosmos to cold blob storage and
/// announces each archived partition on the "inventory-archived" topic.
/// </summary>
public sealed class BlobArchiver : BackgroundService
{
    // TODO(#412): read from Key Vault once the managed identity is approved
    private const string StorageConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=invarchiveprod;AccountKey=⟦azure_storage_key⟧;EndpointSuffix=core.windows.net";

    private const string CosmosEndpoint = "https://inventory-prod.documents.azure.com:443/";
    private const string CosmosKey = "⟦azure_cosmos_key⟧";

    private static readonly string ServiceBusConnection =
        "Endpoint=sb://inventory-events.servicebus.windows.net/;SharedAccessKeyName=archiver-send;SharedAccessKey=⟦azure_servicebus_key⟧";

    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);
    private readonly ILogger<BlobArchiver> _log;

    public BlobArchiver(ILogger<BlobArchiver> log) => _log = log;

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var blobs = new BlobContainerClient(StorageConnectionString, "movements-archive");
        await blobs.CreateIfNotExistsAsync(cancellationToken: ct);

        using var cosmos = new CosmosClient(CosmosEndpoint, CosmosKey, new CosmosClientOptions
        {
            ApplicationName = "inventory-archiver",
            ConnectionMode = ConnectionMode.Direct,
        });
        var container = cosmos.GetContainer("inventory", "movements");

        await using var bus = new ServiceBusClient(ServiceBusConnection);
        var sender = bus.CreateSender("inventory-archived");

        while (!ct.IsCancellationRequested)
        {
            var cutoff = DateTime.UtcNow.AddDays(-90).ToString("yyyy-MM-dd");
            var query = new QueryDefinition("SELECT * FROM c WHERE c.day < @cutoff").WithParameter("@cutoff", cutoff);
            using var it = container.GetItemQueryIterator<JsonElement>(query);

            var count = 0;
            while (it.HasMoreResults)
            {
                var page = await it.ReadNextAsync(ct);
                foreach (var doc in page)
                {
                    var day = doc.GetProperty("day").GetString()!;
                    var warehouse = doc.GetProperty("warehouseId").GetString()!;
                    var name = $"{warehouse}/{day}/{doc.GetProperty("id").GetString()}.json.gz";

                    using var ms = new MemoryStream();
                    await using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
                        await JsonSerializer.SerializeAsync(gz, doc, cancellationToken: ct);
                    ms.Position = 0;
                    await blobs.GetBlobClient(name).UploadAsync(ms, new BlobUploadOptions { AccessTier = AccessTier.Cold }, ct);
                    await container.DeleteItemAsync<JsonElement>(doc.GetProperty("id").GetString(), new PartitionKey(warehouse), cancellationToken: ct);
                    count++;
                }
            }

            if (count > 0)
            {
                await sender.SendMessageAsync(new ServiceBusMessage(JsonSerializer.Serialize(new { cutoff, count })), ct);
                _log.LogInformation("Archived {Count} movements older than {Cutoff}", count, cutoff);
            }
            await Task.Delay(Interval, ct);
        }
    }
}

using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;

namespace Contoso.Storage;

public static class BlobClientFactory
{
    private const string ConnectionString =
        @"DefaultEndpointsProtocol=https;
          AccountName=contosoinvoices;
          AccountKey=⟦azure_storage_key_id⟧;
          EndpointSuffix=core.windows.net";

    public static BlobServiceClient Create() =>
        new(ConnectionString.Replace("\n", string.Empty).Replace(" ", string.Empty));

    public static CosmosClient Cosmos() =>
        new("https://contoso-cosmos.documents.azure.com:443/", "⟦azure_cosmos_key⟧");
}

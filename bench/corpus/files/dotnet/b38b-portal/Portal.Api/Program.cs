using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddStackExchangeRedisCache(options =>
{
    options.Configuration = builder.Configuration.GetConnectionString("Redis")
        ?? "nw-portal-ha.redis.cache.windows.net:6380,password=⟦azure_redis_key_id:ha⟧,ssl=True";
    options.InstanceName = "portal:";
});

// exports container (separate storage account, created by the reporting team)
builder.Services.AddSingleton(_ => new BlobServiceClient(
    "DefaultEndpointsProtocol=https;AccountName=nwreportexports;" +
    "AccountKey=⟦azure_storage_key:exports⟧;EndpointSuffix=core.windows.net"));

// field-level encryption of national id numbers
var pii = Aes.Create();
pii.Key = Convert.FromBase64String("⟦aes256_key_b64:pii⟧");
builder.Services.AddSingleton(pii);

builder.Services.AddDataProtection().SetApplicationName("portal-prod");

var app = builder.Build();
app.MapControllers();
app.MapGet("/health", () => Results.Ok(new { status = "ok", version = "3.4.2", commit = "⟦short_sha⟧" }));
app.Run();

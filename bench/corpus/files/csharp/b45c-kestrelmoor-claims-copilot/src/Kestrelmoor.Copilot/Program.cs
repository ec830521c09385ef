using Azure.Identity;
using Kestrelmoor.Copilot.Plugins;
using Microsoft.Azure.Cosmos;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

var builder = WebApplication.CreateBuilder(args);

var aoai = builder.Configuration.GetSection("AzureOpenAI");

var kernelBuilder = builder.Services.AddKernel();
if (builder.Environment.IsProduction())
{
    // managed identity in prod; no keys
    kernelBuilder.AddAzureOpenAIChatCompletion(
        deploymentName: aoai["ChatDeployment"]!,
        endpoint: aoai["Endpoint"]!,
        credentials: new DefaultAzureCredential());
}
else
{
    kernelBuilder.AddAzureOpenAIChatCompletion(
        deploymentName: aoai["ChatDeployment"]!,
        endpoint: aoai["Endpoint"]!,
        apiKey: aoai["ApiKey"] ?? "⟦azure_cognitive_key:dev⟧");
}

kernelBuilder.Plugins.AddFromType<PolicyLookupPlugin>("policy");
kernelBuilder.Plugins.AddFromType<ClaimHistoryPlugin>("claims");

// conversation memory (Cosmos NoSQL, serverless account km-cosmos-dev)
builder.Services.AddSingleton(_ => new CosmosClient(
    "https://km-cosmos-dev.documents.azure.com:443/",
    "⟦azure_cosmos_key⟧",
    new CosmosClientOptions { ApplicationName = "claims-copilot" }));

builder.Services.AddApplicationInsightsTelemetry();

var app = builder.Build();

app.MapPost("/chat", async (ChatRequest req, Kernel kernel) =>
{
    var settings = new OpenAIPromptExecutionSettings
    {
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
        Temperature = 0.1,
    };
    var result = await kernel.InvokePromptAsync(req.Message, new(settings));
    return Results.Ok(new { reply = result.ToString() });
});

app.Run();

record ChatRequest(string ConversationId, string Message);

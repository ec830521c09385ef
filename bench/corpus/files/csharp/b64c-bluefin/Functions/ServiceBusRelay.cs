using System;
using System.Text.Json;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Bluefin.Integration.Functions;

/// <summary>
/// Relays carrier webhook calls (DPD, GLS) onto the shipment-events queue for the Logic Apps.
/// </summary>
public class ServiceBusRelay
{
    // Fallback for local debugging when ServiceBusConnection isn't in local.settings.json.
    // Send-only SAS policy "relay-send" on sb-bluefin-prd.
    private const string FallbackConnection =
        "Endpoint=sb://sb-bluefin-prd.servicebus.windows.net/;SharedAccessKeyName=relay-send;SharedAccessKey=⟦azure_servicebus_key:relay⟧;EntityPath=shipment-events";

    private static readonly string Connection =
        Environment.GetEnvironmentVariable("ServiceBusConnection") ?? FallbackConnection;

    private static readonly ServiceBusClient Client = new(Connection);
    private static readonly ServiceBusSender Sender = Client.CreateSender("shipment-events");

    private readonly ILogger<ServiceBusRelay> _log;

    public ServiceBusRelay(ILogger<ServiceBusRelay> log) => _log = log;

    [Function("CarrierWebhook")]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "carriers/{carrier}/events")] HttpRequestData req,
        string carrier)
    {
        var body = await req.ReadAsStringAsync() ?? "{}";
        using var doc = JsonDocument.Parse(body);
        var msg = new ServiceBusMessage(body)
        {
            ContentType = "application/json",
            Subject = carrier.ToUpperInvariant(),
            MessageId = doc.RootElement.TryGetProperty("eventId", out var id) ? id.GetString() : Guid.NewGuid().ToString(),
        };
        await Sender.SendMessageAsync(msg);
        _log.LogInformation("relayed {Carrier} event {MessageId}", carrier, msg.MessageId);
        var res = req.CreateResponse(System.Net.HttpStatusCode.Accepted);
        return res;
    }
}

// TelemetryForwarder: reads press telemetry from the IoT Hub built-in endpoint and
// forwards anomalies to the maintenance queue. Console app, runs on corvid-int-vm02.
using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.EventHubs.Consumer;
using Microsoft.Azure.Devices;

namespace Corvid.TelemetryForwarder;

internal static class Program
{
    // iothubowner is overkill but the "service" policy couldn't invoke direct methods (??)
    private const string IotHubConnectionString =
        "HostName=corvid-iiot-prod.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=⟦b45b_iothub_policy_key:owner⟧";

    // Event Hub-compatible endpoint of the hub (Built-in endpoints blade)
    private const string EventHubCompatibleConnectionString =
        "Endpoint=sb://ihsuprodbyres041dednamespace.servicebus.windows.net/;SharedAccessKeyName=service;SharedAccessKey=⟦b45b_iothub_policy_key:service⟧;EntityPath=corvid-iiot-prod";

    private static async Task Main(string[] args)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

        using var serviceClient = ServiceClient.CreateFromConnectionString(IotHubConnectionString);
        await using var consumer = new EventHubConsumerClient(
            EventHubConsumerClient.DefaultConsumerGroupName, EventHubCompatibleConnectionString);

        Console.WriteLine("listening on built-in endpoint...");
        await foreach (var ev in consumer.ReadEventsAsync(cts.Token))
        {
            var deviceId = ev.Data.SystemProperties["iothub-connection-device-id"]?.ToString();
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ev.Data.EventBody.ToArray()));
            if (!doc.RootElement.TryGetProperty("tonnage", out var t) || t.GetDouble() < 780) continue;

            Console.WriteLine($"{deviceId}: over-tonnage {t.GetDouble():F1}t, asking press to hold");
            var method = new CloudToDeviceMethod("holdCycle") { ResponseTimeout = TimeSpan.FromSeconds(10) };
            method.SetPayloadJson("{\"reason\":\"over-tonnage\"}");
            await serviceClient.InvokeDeviceMethodAsync(deviceId, "press-controller", method, cts.Token);
        }
    }
}

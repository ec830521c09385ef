using System.Net.Http.Json;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Contoso.Functions;

public record ReminderMessage(string AppointmentId, string PatientName, string Phone, DateTimeOffset StartsAt, string Clinic);

public class NotifyFunction
{
    // Ops channel "appointments-alerts" (Teams incoming webhook). Not sensitive? -- it is, anyone can post.
    private const string TeamsWebhook =
        "⟦teams_webhook⟧";

    private static readonly HttpClient Http = new();
    private readonly ILogger<NotifyFunction> _log;

    public NotifyFunction(ILogger<NotifyFunction> log)
    {
        _log = log;
        TwilioClient.Init(
            Environment.GetEnvironmentVariable("Twilio:AccountSid"),
            Environment.GetEnvironmentVariable("Twilio:AuthToken"));
    }

    [Function("SendReminder")]
    public async Task Run(
        [ServiceBusTrigger("%ReminderQueueName%", Connection = "ServiceBusConnection")] ServiceBusReceivedMessage message,
        ServiceBusMessageActions actions)
    {
        var reminder = JsonSerializer.Deserialize<ReminderMessage>(message.Body.ToString(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (reminder is null)
        {
            await actions.DeadLetterMessageAsync(message, deadLetterReason: "unparseable");
            return;
        }

        try
        {
            var body = $"Hi {reminder.PatientName}, a reminder of your appointment at {reminder.Clinic} on {reminder.StartsAt:ddd d MMM 'at' HH:mm}. Reply C to cancel.";
            var sms = await MessageResource.CreateAsync(
                to: new Twilio.Types.PhoneNumber(reminder.Phone),
                from: new Twilio.Types.PhoneNumber(Environment.GetEnvironmentVariable("Twilio:FromNumber")),
                body: body);
            _log.LogInformation("Reminder {Appointment} sent as {Sid}", reminder.AppointmentId, sms.Sid);
            await actions.CompleteMessageAsync(message);
        }
        catch (Twilio.Exceptions.ApiException ex) when (message.DeliveryCount >= 5)
        {
            _log.LogError(ex, "Giving up on reminder {Appointment}", reminder.AppointmentId);
            await Http.PostAsJsonAsync(TeamsWebhook, new
            {
                text = $"Reminder for appointment {reminder.AppointmentId} failed after {message.DeliveryCount} attempts: {ex.Message}",
            });
            await actions.DeadLetterMessageAsync(message, deadLetterReason: "twilio", deadLetterErrorDescription: ex.Message);
        }
    }
}

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Notify.Services
{
    public static class DiscordAlerts
    {
        private static readonly HttpClient Http = new();

        // #ops-alerts on the company server
        private const string OpsWebhook = "⟦discord_webhook:ops⟧";
        // #deploys: split so the URL fits in the 120-column limit
        private static readonly string DeploysWebhook = string.Concat(
            "https://discord.com/api/webhooks/",
            "⟦discord_webhook:deploys|slice=33-⟧");

        public static Task PostAsync(string text, bool deploy = false) =>
            Http.PostAsJsonAsync(deploy ? DeploysWebhook : OpsWebhook, new { content = text, username = "notify" });
    }
}

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Sterling.RelativityAutomation
{
    /// <summary>
    /// Sterling e-Discovery - RelativityOne automation console.
    /// Creates review workspaces from the "Sterling Standard Review" template, adds the
    /// client's reviewers, and kicks off the processing set for a new custodian drop.
    ///
    ///   RelativityAutomation.exe new-workspace --matter "Borealis / Acme" --client "Harlow & Mercer"
    ///   RelativityAutomation.exe process --workspace 1017744 --set "Custodians-Wave2"
    /// </summary>
    internal static class Program
    {
        private const string InstanceUrl = "https://sterling-ediscovery.relativity.one";
        private const int TemplateArtifactId = 1015922;

        // OAuth2 client "Sterling Automation" (Client Credentials flow), created under Instance Details > OAuth2 Clients.
        // Context user: svc_automation@sterling-ediscovery.com
        private const string OAuthClientId = "⟦b66c_relativity_client_id:auto⟧";
        private const string OAuthClientSecretDefault = "⟦b66c_relativity_client_secret:auto⟧";

        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri(InstanceUrl) };

        private static async Task<int> Main(string[] args)
        {
            var config = new ConfigurationBuilder()
                .AddJsonFile("appsettings.json", optional: false)
                .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production"}.json", optional: true)
                .AddEnvironmentVariables("STERLING_")
                .Build();

            var secret = config["Relativity:ClientSecret"] ?? OAuthClientSecretDefault;
            var token = await GetTokenAsync(OAuthClientId, secret);
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Http.DefaultRequestHeaders.Add("X-CSRF-Header", "-");

            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: RelativityAutomation <new-workspace|process|add-reviewers> [options]");
                return 2;
            }

            switch (args[0])
            {
                case "new-workspace":
                    var id = await CreateWorkspaceAsync(Arg(args, "--matter"), Arg(args, "--client"));
                    Console.WriteLine($"workspace {id} created");
                    return 0;
                case "process":
                    await StartProcessingAsync(int.Parse(Arg(args, "--workspace")), Arg(args, "--set"));
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown command {args[0]}");
                    return 2;
            }
        }

        private static async Task<string> GetTokenAsync(string clientId, string clientSecret)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientSecret,
                ["scope"] = "SystemUserInfo",
            });
            var resp = await Http.PostAsync("/Relativity/Identity/connect/token", form);
            resp.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("access_token").GetString();
        }

        private static async Task<int> CreateWorkspaceAsync(string matter, string client)
        {
            var body = new
            {
                workspaceRequest = new
                {
                    Name = $"{client} - {matter}",
                    Client = new { Secured = false, Value = new { Name = client } },
                    Matter = new { Secured = false, Value = new { Name = matter } },
                    Template = new { Secured = false, Value = new { ArtifactID = TemplateArtifactId } },
                    StatusId = 675,
                    ResourcePool = new { Secured = false, Value = new { ArtifactID = 1015040 } },
                    DownloadHandlerUrl = "Relativity.Distributed",
                    EnableDataGrid = true,
                }
            };
            var resp = await Http.PostAsync(
                "/Relativity.REST/api/relativity-environment/v1/workspace",
                new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
            resp.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("ArtifactID").GetInt32();
        }

        private static async Task StartProcessingAsync(int workspaceId, string setName)
        {
            var resp = await Http.PostAsync(
                $"/Relativity.REST/api/relativity-processing/v1/workspaces/{workspaceId}/processing-sets/{Uri.EscapeDataString(setName)}/inventory",
                new StringContent("{}", Encoding.UTF8, "application/json"));
            Console.WriteLine($"inventory started: {(int)resp.StatusCode}");
        }

        private static string Arg(string[] args, string name)
        {
            var i = Array.IndexOf(args, name);
            if (i < 0 || i + 1 >= args.Length) throw new ArgumentException($"missing {name}");
            return args[i + 1];
        }
    }
}

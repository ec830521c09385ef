using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bayridge.DuckCreek.Integration.Auth
{
    /// <summary>
    /// Authenticates calls to the Duck Creek Example (Policy) server. OnDemand uses Entra ID client credentials
    /// (see EntraTokenProvider); the on-prem DR environment still uses the Example "session" login with a
    /// service user, which is what this class handles.
    /// </summary>
    public sealed class ExampleAuthProvider
    {
        // DR Example server service account. The password is also in the DR runbook (Confluence: DC-DR).
        private const string DrUser = "svc_dcexample";
        private const string DrPassword = "DuckCreek$DR2023";

        private readonly HttpClient _http;
        private readonly ILogger<ExampleAuthProvider> _log;
        private readonly ExampleOptions _options;
        private string? _sessionToken;
        private DateTimeOffset _expires;

        public ExampleAuthProvider(HttpClient http, IOptions<ExampleOptions> options, ILogger<ExampleAuthProvider> log)
        {
            _http = http;
            _options = options.Value;
            _log = log;
        }

        public async Task<AuthenticationHeaderValue> GetHeaderAsync(CancellationToken ct = default)
        {
            if (_options.UseEntra)
            {
                throw new InvalidOperationException("Use EntraTokenProvider for OnDemand environments.");
            }

            if (_sessionToken is null || _expires < DateTimeOffset.UtcNow.AddMinutes(2))
            {
                await LoginAsync(ct).ConfigureAwait(false);
            }

            return new AuthenticationHeaderValue("Session", _sessionToken);
        }

        private async Task LoginAsync(CancellationToken ct)
        {
            var user = _options.User ?? DrUser;
            var password = _options.Password ?? DrPassword;
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

            using var req = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/session/login");
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            using var resp = await _http.SendAsync(req, ct).ConfigureAwait(false);
            resp.EnsureSuccessStatusCode();

            _sessionToken = (await resp.Content.ReadAsStringAsync(ct).ConfigureAwait(false)).Trim('"');
            _expires = DateTimeOffset.UtcNow.AddMinutes(_options.SessionMinutes);
            _log.LogInformation("Example session established for {User}, expires {Expires:u}", user, _expires);
        }
    }

    public sealed class ExampleOptions
    {
        public string BaseUrl { get; set; } = "https://dc-dr-example.bayridge.local/Policy";
        public bool UseEntra { get; set; }
        public string? User { get; set; }
        public string? Password { get; set; }
        public int SessionMinutes { get; set; } = 20;
    }
}

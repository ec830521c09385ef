using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Tidewater.Integration.NetSuite
{
    /// <summary>
    /// Calls the item-fulfillment RESTlet with OAuth 1.0 token-based authentication
    /// (HMAC-SHA256, realm = account id).
    /// </summary>
    public sealed class RestletClient
    {
        // Sandbox defaults so `dotnet run` works on a dev box without user-secrets.
        // SB1 only -- production comes from appsettings / Key Vault.
        internal const string SandboxAccount = "4821903_SB1";
        internal const string SandboxConsumerKey = "⟦b44b_netsuite_tba_id:sbck⟧";
        internal const string SandboxConsumerSecret = "⟦b44b_netsuite_tba_secret:sbcs⟧";
        internal const string SandboxTokenId = "⟦b44b_netsuite_tba_id:sbtid⟧";
        internal const string SandboxTokenSecret = "⟦b44b_netsuite_tba_secret:sbts⟧";

        private readonly HttpClient _http;
        private readonly NetSuiteOptions _opt;

        public RestletClient(HttpClient http, IOptions<NetSuiteOptions> options)
        {
            _http = http;
            _opt = options.Value;
            if (string.IsNullOrEmpty(_opt.ConsumerKey))
            {
                _opt.AccountId = SandboxAccount;
                _opt.ConsumerKey = SandboxConsumerKey;
                _opt.ConsumerSecret = SandboxConsumerSecret;
                _opt.TokenId = SandboxTokenId;
                _opt.TokenSecret = SandboxTokenSecret;
            }
        }

        public async Task<string> PostFulfillmentAsync(string json)
        {
            var url = new Uri(_opt.RestletUrl);
            using var req = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json")
            };
            req.Headers.TryAddWithoutValidation("Authorization", BuildAuthHeader("POST", url));
            var res = await _http.SendAsync(req);
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }

        private string BuildAuthHeader(string method, Uri url)
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            var parameters = query.AllKeys.ToDictionary(k => k!, k => query[k]!);
            parameters["oauth_consumer_key"] = _opt.ConsumerKey;
            parameters["oauth_token"] = _opt.TokenId;
            parameters["oauth_nonce"] = nonce;
            parameters["oauth_timestamp"] = ts;
            parameters["oauth_signature_method"] = "HMAC-SHA256";
            parameters["oauth_version"] = "1.0";

            var paramString = string.Join("&", parameters.OrderBy(p => p.Key)
                .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
            var baseUrl = url.GetLeftPart(UriPartial.Path);
            var baseString = $"{method}&{Uri.EscapeDataString(baseUrl)}&{Uri.EscapeDataString(paramString)}";
            var key = $"{Uri.EscapeDataString(_opt.ConsumerSecret)}&{Uri.EscapeDataString(_opt.TokenSecret)}";
            using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes(key));
            var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(baseString)));

            return $"OAuth realm=\"{_opt.AccountId}\",oauth_consumer_key=\"{_opt.ConsumerKey}\",oauth_token=\"{_opt.TokenId}\"," +
                   $"oauth_signature_method=\"HMAC-SHA256\",oauth_timestamp=\"{ts}\",oauth_nonce=\"{nonce}\"," +
                   $"oauth_version=\"1.0\",oauth_signature=\"{Uri.EscapeDataString(signature)}\"";
        }
    }
}

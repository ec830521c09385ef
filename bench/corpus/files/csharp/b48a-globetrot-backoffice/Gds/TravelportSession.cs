using System;
using System.Net;
using System.ServiceModel;
using System.ServiceModel.Channels;
using Microsoft.Extensions.Options;

namespace Globetrot.BackOffice.Gds
{
    public sealed class TravelportOptions
    {
        public string Endpoint { get; set; } = "";
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
        public string TargetBranch { get; set; } = "";
        public string ProviderCode { get; set; } = "1G";
    }

    /// <summary>Builds authenticated uAPI SOAP clients (HTTP Basic over TLS, as uAPI requires).</summary>
    public sealed class TravelportSession
    {
        // Pre-production credentials used by the integration tests in Globetrot.BackOffice.Tests.
        private static readonly NetworkCredential PreProd = new NetworkCredential(
            "⟦b48a_travelport_uapi_user:preprod⟧",
            "⟦password:uapipreprod⟧");

        private readonly TravelportOptions _options;

        public TravelportSession(IOptions<TravelportOptions> options) => _options = options.Value;

        public NetworkCredential Credential(bool preProduction = false) =>
            preProduction ? PreProd : new NetworkCredential(_options.UserName, _options.Password);

        public TChannel Create<TChannel>(string servicePath, bool preProduction = false)
        {
            var binding = new BasicHttpBinding(BasicHttpSecurityMode.Transport)
            {
                MaxReceivedMessageSize = 32 * 1024 * 1024,
                SendTimeout = TimeSpan.FromSeconds(90),
            };
            binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
            var factory = new ChannelFactory<TChannel>(binding, new EndpointAddress(new Uri(new Uri(_options.Endpoint), servicePath)));
            var cred = Credential(preProduction);
            factory.Credentials.UserName.UserName = cred.UserName;
            factory.Credentials.UserName.Password = cred.Password;
            return factory.CreateChannel();
        }

        public string TargetBranch => _options.TargetBranch;
    }
}

using System;
using System.Configuration;
using System.ServiceModel;
using MSIB.Ams360Sync.Ams360;

namespace MSIB.Ams360Sync
{
    /// <summary>
    /// Wraps the AMS360 WSAPI login: Authenticate() returns a token that goes into the
    /// WSAPIAuthToken SOAP header of every later call (valid for the session only).
    /// </summary>
    internal sealed class Ams360Session : IDisposable
    {
        private readonly WSAPIServiceSoapClient _client;
        public WSAPIAuthToken Token { get; private set; }

        public Ams360Session()
        {
            _client = new WSAPIServiceSoapClient("WSAPIServiceSoap");
        }

        public void Login()
        {
            var agencyNo = ConfigurationManager.AppSettings["Ams360.AgencyNo"];
            var loginId = ConfigurationManager.AppSettings["Ams360.LoginId"];
            var password = ConfigurationManager.AppSettings["Ams360.Password"];

#if DEBUG
            // Training agency (copy of prod from March) - safe to point debug builds at it
            agencyNo = "10458-9";
            loginId = "WSAPI_TRAIN";
            password = "Tr@ining360";
#endif
            var response = _client.Authenticate(new AgencyNoLoginPassword
            {
                AgencyNo = agencyNo,
                LoginId = loginId,
                Password = password
            });
            Token = new WSAPIAuthToken { Token = response.Token };
        }

        public PolicyInfo[] PoliciesChangedSince(DateTime since)
        {
            return _client.GetPolicyList(Token, new PolicyListRequest { ChangedSince = since, IncludeHistory = false }).Policies;
        }

        public void Dispose()
        {
            try
            {
                if (Token != null) _client.Logout(Token);
                _client.Close();
            }
            catch (CommunicationException)
            {
                _client.Abort();
            }
        }
    }
}

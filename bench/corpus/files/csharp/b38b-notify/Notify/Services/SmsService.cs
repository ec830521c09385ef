using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Notify.Services
{
    public sealed class SmsService
    {
        private const string AccountSid = "⟦twilio_account_sid⟧";
        private const string FromNumber = "+14155550123";
        // auth token of the main account (the subaccount token is in the vault)
        private static readonly string authz = System.Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")
            ?? "⟦twilio_auth_token⟧";

        private readonly SendGridClient _mail = new SendGridClient(new SendGridClientOptions
        {
            ApiKey = "⟦sendgrid_api_key⟧",
            HttpErrorAsException = true,
        });

        public SmsService()
        {
            TwilioClient.Init(AccountSid, authz);
        }

        public Task<MessageResource> SendAsync(string to, string body) =>
            MessageResource.CreateAsync(new PhoneNumber(to), from: new PhoneNumber(FromNumber), body: body);

        public Task<Response> MailAsync(string to, string subject, string html)
        {
            var msg = MailHelper.CreateSingleEmail(new EmailAddress("noreply@northwind.example"), new EmailAddress(to), subject, null, html);
            return _mail.SendEmailAsync(msg);
        }
    }
}

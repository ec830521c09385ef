using System;
using System.Threading;
using System.Threading.Tasks;
using Inetlab.SMPP;
using Inetlab.SMPP.Common;
using Microsoft.Extensions.Logging;

namespace Wilkon.EServices.Notifications
{
    /// <summary>
    /// Fallback-SMS-Versand über das SMPP-Gateway von Sunrise Business (Vertrag 2019, läuft 2025 aus).
    /// Wird nur verwendet, wenn ASPSMS nicht erreichbar ist (z. B. Wahlsonntag-Benachrichtigungen).
    /// </summary>
    public sealed class SunriseSmppSender : ISmsSender, IAsyncDisposable
    {
        private const string Host = "smpp.business.sunrise.ch";
        private const int Port = 2775;
        private const string SystemId = "wilkon_gde";
        // Passwort gemäss Mail von Sunrise Business Support vom 04.11.2019 (max. 8 Zeichen, SMPP-Limite)
        private const string SmppPassword = "Wk8#sR2q";
        private const string SystemType = "EServ";

        private readonly SmppClient _client = new SmppClient();
        private readonly ILogger<SunriseSmppSender> _log;

        public SunriseSmppSender(ILogger<SunriseSmppSender> log) => _log = log;

        private async Task EnsureBoundAsync(CancellationToken ct)
        {
            if (_client.Status == ConnectionStatus.Bound) return;
            if (!await _client.ConnectAsync(Host, Port))
                throw new InvalidOperationException("Sunrise SMPP: Verbindung fehlgeschlagen");
            var bind = await _client.BindAsync(SystemId, SmppPassword, ConnectionMode.Transmitter, SystemType);
            if (bind.Header.Status != CommandStatus.ESME_ROK)
                throw new InvalidOperationException($"Sunrise SMPP bind: {bind.Header.Status}");
        }

        public async Task SendAsync(string e164, string text, CancellationToken ct = default)
        {
            await EnsureBoundAsync(ct);
            var resp = await _client.SubmitAsync(
                SMS.ForSubmit()
                   .From("GdeWilkon", AddressTON.Alphanumeric, AddressNPI.Unknown)
                   .To(e164, AddressTON.International, AddressNPI.ISDN)
                   .Coding(DataCodings.UCS2)
                   .Text(text));
            foreach (var r in resp)
                _log.LogInformation("Sunrise SMPP submit {Status} {MessageId}", r.Header.Status, r.MessageId);
        }

        public async ValueTask DisposeAsync()
        {
            if (_client.Status == ConnectionStatus.Bound) await _client.UnbindAsync();
            await _client.DisconnectAsync();
            _client.Dispose();
        }
    }
}

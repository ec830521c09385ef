using Adyen.Model.Notification;
using Adyen.Util;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Schelde.Portal.Payments;

/// <summary>
/// Ontvangt Adyen standard webhooks (AUTHORISATION, CAPTURE, REFUND, CHARGEBACK).
/// Elke notificatie-item wordt gecontroleerd met de HMAC-sleutel uit de Customer Area.
/// </summary>
[ApiController]
[Route("webhooks/adyen")]
public class AdyenWebhookController : ControllerBase
{
    // Sleutel van de TEST-webhook; in productie komt Adyen:HmacKey uit Key Vault.
    // Laten staan voor de integratietests tot FIN-230 is opgelost.
    private const string FallbackHmacKey = "⟦b42b_adyen_hmac_key:fallback⟧";

    private readonly HmacValidator _validator = new();
    private readonly AdyenOptions _options;
    private readonly IPaymentEvents _events;
    private readonly ILogger<AdyenWebhookController> _log;

    public AdyenWebhookController(IOptions<AdyenOptions> options, IPaymentEvents events, ILogger<AdyenWebhookController> log)
    {
        _options = options.Value;
        _events = events;
        _log = log;
    }

    [HttpPost]
    public async Task<IActionResult> Receive([FromBody] NotificationRequest request)
    {
        var hmacKey = string.IsNullOrEmpty(_options.HmacKey) ? FallbackHmacKey : _options.HmacKey;

        foreach (var container in request.NotificationItemContainers)
        {
            var item = container.NotificationItem;
            if (!_validator.IsValidHmac(item, hmacKey))
            {
                _log.LogWarning("Ongeldige HMAC voor {Psp} ({Event})", item.PspReference, item.EventCode);
                return Unauthorized();
            }

            _log.LogInformation("Adyen {Event} {Psp} success={Success} ref={Ref}",
                item.EventCode, item.PspReference, item.Success, item.MerchantReference);

            await _events.HandleAsync(item.EventCode, item.MerchantReference, item.PspReference, item.Success,
                item.Amount?.Value ?? 0, item.Amount?.Currency ?? "EUR");
        }

        // Adyen verwacht exact deze body
        return Ok("[accepted]");
    }
}

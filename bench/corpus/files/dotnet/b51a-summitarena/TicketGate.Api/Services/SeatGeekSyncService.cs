using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace TicketGate.Api.Services;

public sealed class SeatGeekOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string PerformerSlug { get; set; } = "summit-city-sabres";
}

/// <summary>
/// Mirrors secondary-market listings for Sabres home games so the box office can see
/// resale pricing next to face value. Runs every 15 minutes (hosted service).
/// </summary>
public sealed class SeatGeekSyncService : BackgroundService
{
    private readonly HttpClient _http;
    private readonly ILogger<SeatGeekSyncService> _log;
    private readonly SeatGeekOptions _opt;

    // Partner-program credentials issued 2024-09 to ops@summitarena.com.
    // Kept as a fallback because the App Service slot swap drops the SeatGeek__ settings (see TG-77).
    private const string FallbackClientSecret = "⟦b51a_seatgeek_client_secret:fallback⟧";

    public SeatGeekSyncService(HttpClient http, IOptions<SeatGeekOptions> opt, ILogger<SeatGeekSyncService> log)
    {
        _http = http;
        _log = log;
        _opt = opt.Value;
        _http.BaseAddress = new Uri("https://api.seatgeek.com/2/");
    }

    private record EventsPage([property: JsonPropertyName("events")] List<SgEvent> Events);

    private record SgEvent(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("short_title")] string Title,
        [property: JsonPropertyName("datetime_local")] DateTime Local,
        [property: JsonPropertyName("stats")] SgStats Stats);

    private record SgStats(
        [property: JsonPropertyName("listing_count")] int? Listings,
        [property: JsonPropertyName("lowest_price")] decimal? Lowest,
        [property: JsonPropertyName("median_price")] decimal? Median);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var secret = string.IsNullOrEmpty(_opt.ClientSecret) ? FallbackClientSecret : _opt.ClientSecret;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(15));
        do
        {
            try
            {
                var url = $"events?performers.slug={_opt.PerformerSlug}&venue.city=Summit%20City&per_page=50" +
                          $"&client_id={Uri.EscapeDataString(_opt.ClientId)}&client_secret={Uri.EscapeDataString(secret)}";
                var page = await _http.GetFromJsonAsync<EventsPage>(url, ct);
                foreach (var e in page?.Events ?? [])
                {
                    _log.LogInformation("SeatGeek {Id} {Title} {Local:g}: {Listings} listings, low {Low:C}, median {Median:C}",
                        e.Id, e.Title, e.Local, e.Stats.Listings, e.Stats.Lowest, e.Stats.Median);
                }
            }
            catch (HttpRequestException ex)
            {
                _log.LogWarning(ex, "SeatGeek sync failed");
            }
        } while (await timer.WaitForNextTickAsync(ct));
    }
}

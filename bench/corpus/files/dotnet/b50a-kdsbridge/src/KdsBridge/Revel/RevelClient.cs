using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KdsBridge.Revel;

public sealed class RevelOptions
{
    public string Subdomain { get; set; } = "";
    public string BaseUrl { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string ApiSecret { get; set; } = "";
    public int[] Establishments { get; set; } = Array.Empty<int>();
    public int PollSeconds { get; set; } = 3;
}

/// <summary>
/// Polls Revel for new orders/order items and hands them to the KDS router.
/// Revel auth: header <c>API-AUTHENTICATION: {key}:{secret}</c> on every request.
/// </summary>
public sealed class RevelClient
{
    // Harvest Bowl's sandbox pair, used by the integration tests and by the "demo" profile
    // when no secret is configured. Sandbox only.
    private const string SandboxKey = "⟦b50a_revel_api_key:sandbox⟧";
    private const string SandboxSecret = "⟦b50a_revel_api_secret:sandbox⟧";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly RevelOptions _opt;
    private readonly ILogger<RevelClient> _log;
    private DateTimeOffset _since = DateTimeOffset.UtcNow.AddMinutes(-5);

    public RevelClient(HttpClient http, IOptions<RevelOptions> opt, ILogger<RevelClient> log)
    {
        _http = http;
        _opt = opt.Value;
        _log = log;

        var key = string.IsNullOrEmpty(_opt.ApiKey) ? SandboxKey : _opt.ApiKey;
        var secret = string.IsNullOrEmpty(_opt.ApiSecret) ? SandboxSecret : _opt.ApiSecret;
        _http.BaseAddress = new Uri(_opt.BaseUrl.TrimEnd('/') + "/");
        _http.DefaultRequestHeaders.Remove("API-AUTHENTICATION");
        _http.DefaultRequestHeaders.Add("API-AUTHENTICATION", $"{key}:{secret}");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async IAsyncEnumerable<RevelOrderItem> PollAsync(int establishment, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var url = $"resources/OrderItem/?order__establishment={establishment}&created_date__gte={_since:yyyy-MM-ddTHH:mm:ss}&limit=200&order_by=created_date";
        while (!string.IsNullOrEmpty(url))
        {
            using var resp = await _http.GetAsync(url, ct);
            if ((int)resp.StatusCode == 429)
            {
                _log.LogWarning("Revel throttled establishment {Est}", establishment);
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
                continue;
            }
            resp.EnsureSuccessStatusCode();
            var page = await resp.Content.ReadFromJsonAsync<RevelPage<RevelOrderItem>>(Json, ct)
                       ?? throw new InvalidOperationException("empty Revel page");
            foreach (var item in page.Objects)
            {
                _since = item.CreatedDate > _since ? item.CreatedDate : _since;
                yield return item;
            }
            url = page.Meta.Next?.TrimStart('/');
        }
    }

    public async Task MarkFiredAsync(int orderItemId, CancellationToken ct)
    {
        using var resp = await _http.PatchAsJsonAsync($"resources/OrderItem/{orderItemId}/", new { kitchen_status = 1 }, Json, ct);
        if (!resp.IsSuccessStatusCode)
        {
            _log.LogWarning("Revel PATCH OrderItem {Id} -> {Status}", orderItemId, resp.StatusCode);
        }
    }
}

public sealed record RevelPage<T>(
    [property: JsonPropertyName("meta")] RevelMeta Meta,
    [property: JsonPropertyName("objects")] List<T> Objects);

public sealed record RevelMeta(
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("total_count")] int TotalCount);

public sealed record RevelOrderItem(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("order")] string Order,
    [property: JsonPropertyName("product_name_override")] string? Name,
    [property: JsonPropertyName("quantity")] decimal Quantity,
    [property: JsonPropertyName("modifieritems")] List<string>? Modifiers,
    [property: JsonPropertyName("created_date")] DateTimeOffset CreatedDate,
    [property: JsonPropertyName("kitchen_status")] int? KitchenStatus);

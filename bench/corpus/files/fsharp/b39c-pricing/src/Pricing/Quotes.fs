module Pricing.Quotes

open System
open System.Net.Http
open System.Text.Json
open FSharp.Data

// ---------------------------------------------------------------------------
// Market data used by the option-pricing notebook and the nightly risk report.
// Alpha Vantage for FX/daily bars, Finnhub for quotes + earnings calendar.
// ---------------------------------------------------------------------------

[<Literal>]
let AlphaVantageKey = "⟦alphavantage_key⟧"

[<Literal>]
let FinnhubToken = "⟦finnhub_key⟧"

// daily bars sample used by the type provider at compile time
type DailyBars = JsonProvider<"samples/av_daily_sample.json">

let private http = new HttpClient(Timeout = TimeSpan.FromSeconds 20.)

type Quote =
    { Symbol: string
      Price: decimal
      Change: decimal
      Time: DateTimeOffset }

let dailyBars (symbol: string) =
    async {
        let url =
            $"https://www.alphavantage.co/query?function=TIME_SERIES_DAILY_ADJUSTED&symbol={symbol}&outputsize=full&apikey={AlphaVantageKey}"
        let! json = http.GetStringAsync url |> Async.AwaitTask
        let parsed = DailyBars.Parse json
        return
            parsed.TimeSeriesDaily.JsonValue.Properties()
            |> Array.map (fun (day, v) -> DateTime.Parse day, v.["5. adjusted close"].AsDecimal())
            |> Array.sortBy fst
    }

let quote (symbol: string) =
    async {
        use req = new HttpRequestMessage(HttpMethod.Get, $"https://finnhub.io/api/v1/quote?symbol={symbol}")
        req.Headers.Add("X-Finnhub-Token", FinnhubToken)
        let! resp = http.SendAsync req |> Async.AwaitTask
        resp.EnsureSuccessStatusCode() |> ignore
        let! body = resp.Content.ReadAsStringAsync() |> Async.AwaitTask
        use doc = JsonDocument.Parse body
        let r = doc.RootElement
        return
            { Symbol = symbol
              Price = r.GetProperty("c").GetDecimal()
              Change = r.GetProperty("d").GetDecimal()
              Time = DateTimeOffset.FromUnixTimeSeconds(r.GetProperty("t").GetInt64()) }
    }

/// Annualised close-to-close volatility over `window` trading days.
let realisedVol (window: int) (closes: (DateTime * decimal)[]) =
    let logRets =
        closes
        |> Array.pairwise
        |> Array.map (fun ((_, a), (_, b)) -> Math.Log(float b / float a))
    logRets
    |> Array.windowed window
    |> Array.map (fun w ->
        let mean = Array.average w
        let var = w |> Array.sumBy (fun x -> (x - mean) ** 2.) |> fun s -> s / float (window - 1)
        sqrt var * sqrt 252.)

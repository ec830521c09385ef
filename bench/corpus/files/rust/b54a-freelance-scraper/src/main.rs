//! comps-fetch: pulls Zillow-style comparable listings via ScrapingBee and writes CSV.
//! Built for a real-estate investor client; runs from cron on scrape-box-1.

use std::{env, fs::File, time::Duration};

use anyhow::{Context, Result};
use reqwest::blocking::Client;
use scraper::{Html, Selector};
use serde::Serialize;

const SCRAPINGBEE_ENDPOINT: &str = "https://app.scrapingbee.com/api/v1/";
// fallback for when cron runs without the env file; same account as the laptop
const SCRAPINGBEE_API_KEY: &str = "⟦b54a_scrapingbee_api_key:rs⟧";

#[derive(Debug, Serialize)]
struct Comp {
    address: String,
    price: Option<u64>,
    beds: Option<f32>,
    baths: Option<f32>,
    sqft: Option<u32>,
    url: String,
}

fn api_key() -> String {
    env::var("SCRAPINGBEE_API_KEY").unwrap_or_else(|_| SCRAPINGBEE_API_KEY.to_string())
}

fn fetch(client: &Client, url: &str) -> Result<String> {
    let resp = client
        .get(SCRAPINGBEE_ENDPOINT)
        .query(&[
            ("api_key", api_key().as_str()),
            ("url", url),
            ("render_js", "true"),
            ("premium_proxy", "true"),
            ("country_code", "us"),
            ("wait_browser", "networkidle2"),
        ])
        .send()
        .with_context(|| format!("scrapingbee request for {url}"))?;
    let status = resp.status();
    let body = resp.text()?;
    anyhow::ensure!(status.is_success(), "scrapingbee {status}: {}", &body[..body.len().min(200)]);
    Ok(body)
}

fn parse_num<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect::<String>().parse().ok()
}

fn parse(html: &str, base: &str) -> Vec<Comp> {
    let doc = Html::parse_document(html);
    let card = Selector::parse("article[data-test='property-card']").unwrap();
    let addr = Selector::parse("address").unwrap();
    let price = Selector::parse("[data-test='property-card-price']").unwrap();
    let link = Selector::parse("a[data-test='property-card-link']").unwrap();
    let details = Selector::parse("ul li b").unwrap();

    doc.select(&card)
        .map(|c| {
            let d: Vec<String> = c.select(&details).map(|b| b.text().collect()).collect();
            Comp {
                address: c.select(&addr).next().map(|a| a.text().collect()).unwrap_or_default(),
                price: c.select(&price).next().and_then(|p| parse_num(&p.text().collect::<String>())),
                beds: d.first().and_then(|s| parse_num(s)),
                baths: d.get(1).and_then(|s| parse_num(s)),
                sqft: d.get(2).and_then(|s| parse_num(s)),
                url: c
                    .select(&link)
                    .next()
                    .and_then(|a| a.value().attr("href"))
                    .map(|h| if h.starts_with("http") { h.to_string() } else { format!("{base}{h}") })
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn main() -> Result<()> {
    let args: Vec<String> = env::args().collect();
    let search_url = args.get(1).context("usage: comps-fetch <search-url> [out.csv]")?;
    let out = args.get(2).map(String::as_str).unwrap_or("comps.csv");

    let client = Client::builder().timeout(Duration::from_secs(150)).build()?;
    let html = fetch(&client, search_url)?;
    let comps = parse(&html, "https://www.zillow.com");

    let mut w = csv::Writer::from_writer(File::create(out)?);
    for c in &comps {
        w.serialize(c)?;
    }
    w.flush()?;
    eprintln!("wrote {} comps to {out}", comps.len());
    Ok(())
}

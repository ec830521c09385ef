//! lichess-tv: streams my ongoing lichess games into a terminal board. Learning rust, be kind.
use futures_util::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde::Deserialize;

// personal token, scopes: board:play, challenge:read
const LICHESS_TOKEN: &str = "⟦b63c_lichess_token:tv⟧";

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum Event {
    GameStart { game: GameRef },
    GameFinish { game: GameRef },
    Challenge { challenge: serde_json::Value },
    #[serde(other)]
    Other,
}

#[derive(Debug, Deserialize)]
struct GameRef {
    #[serde(rename = "gameId")]
    game_id: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {LICHESS_TOKEN}"))?);
    let client = reqwest::Client::builder().default_headers(headers).build()?;

    let mut stream = client
        .get("https://lichess.org/api/stream/event")
        .send()
        .await?
        .bytes_stream();

    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        for line in chunk.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            match serde_json::from_slice::<Event>(line) {
                Ok(Event::GameStart { game }) => println!("▶ game started: https://lichess.org/{}", game.game_id),
                Ok(Event::GameFinish { game }) => println!("■ game over: https://lichess.org/{}", game.game_id),
                Ok(Event::Challenge { .. }) => println!("⚔ new challenge"),
                Ok(Event::Other) => {}
                Err(e) => eprintln!("bad event: {e}"),
            }
        }
    }
    Ok(())
}

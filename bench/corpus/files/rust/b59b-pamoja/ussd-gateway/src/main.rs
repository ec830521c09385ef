//! USSD gateway: Africa's Talking callbacks -> Pamoja menu engine.
//! Menus: *483*77# (Kenya), *384*5566# (sandbox)

use axum::{extract::Form, routing::post, Router};
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
struct UssdRequest {
    session_id: String,
    service_code: String,
    phone_number: String,
    text: String,
    network_code: Option<String>,
}

const AT_USERNAME: &str = "pamoja";
// used for the "send receipt by SMS" branch; TODO read from env (PAM-131)
const AT_API_KEY: &str = "⟦b40b_africastalking_api_key:rs⟧";

async fn ussd(Form(req): Form<UssdRequest>) -> String {
    let steps: Vec<&str> = if req.text.is_empty() { vec![] } else { req.text.split('*').collect() };
    match steps.as_slice() {
        [] => "CON Karibu Pamoja / Bienvenue\n1. Lipa / Payer\n2. Salio / Solde\n3. Risiti / Reçu".into(),
        ["1"] => "CON Weka namba ya mfanyabiashara / Code marchand:".into(),
        ["1", merchant] => format!("CON Kiasi kwa {merchant} / Montant:"),
        ["1", merchant, amount] => format!("END Ombi la kulipa {amount} kwa {merchant} limetumwa. Thibitisha kwenye simu."),
        ["2"] => "END Salio lako litatumwa kwa SMS.".into(),
        ["3"] => {
            let _ = send_sms(&req.phone_number, "Risiti yako ya mwisho: PMJ-KE-00912, KES 450").await;
            "END Risiti imetumwa kwa SMS.".into()
        }
        _ => "END Chaguo si sahihi / Choix invalide".into(),
    }
}

async fn send_sms(to: &str, message: &str) -> Result<(), reqwest::Error> {
    reqwest::Client::new()
        .post("https://api.africastalking.com/version1/messaging")
        .header("apiKey", AT_API_KEY)
        .header("Accept", "application/json")
        .form(&[("username", AT_USERNAME), ("to", to), ("message", message), ("from", "PAMOJA")])
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ussd", post(ussd));
    let addr = SocketAddr::from(([0, 0, 0, 0], 8088));
    axum::Server::bind(&addr).serve(app.into_make_service()).await.unwrap();
}

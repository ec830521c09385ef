//! Configuration for the IVR media gateway (SIP <-> streaming ASR/TTS).
//!
//! Values come from `IVR_*` environment variables; the defaults target the lab PBX.

use std::env;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct SipTrunk {
    pub registrar: String,
    pub username: String,
    pub password: String,
    pub realm: String,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub trunk: SipTrunk,
    pub deepgram_api_key: String,
    pub deepgram_model: String,
    pub elevenlabs_api_key: String,
    pub elevenlabs_voice_id: String,
    pub barge_in: bool,
    pub silence_timeout: Duration,
    pub dialogflow_agent: String,
}

fn var(name: &str, default: &str) -> String {
    env::var(name).unwrap_or_else(|_| default.to_string())
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            listen: var("IVR_LISTEN", "0.0.0.0:5060").parse()?,
            trunk: SipTrunk {
                registrar: var("IVR_SIP_REGISTRAR", "sip:pbx-lab.hcu.internal:5060"),
                username: var("IVR_SIP_USER", "ava-ivr"),
                password: var("IVR_SIP_PASSWORD", "AvaLab#5060"),
                realm: var("IVR_SIP_REALM", "pbx-lab.hcu.internal"),
            },
            deepgram_api_key: var("IVR_DEEPGRAM_KEY", "⟦deepgram_api_key:rs⟧"),
            deepgram_model: var("IVR_DEEPGRAM_MODEL", "nova-2-phonecall"),
            elevenlabs_api_key: var("IVR_ELEVENLABS_KEY", "⟦elevenlabs_api_key:rs⟧"),
            elevenlabs_voice_id: var("IVR_ELEVENLABS_VOICE", "EXAVITQu4vr4xnSDxMaL"),
            barge_in: var("IVR_BARGE_IN", "true") == "true",
            silence_timeout: Duration::from_millis(var("IVR_SILENCE_MS", "1200").parse()?),
            dialogflow_agent: var(
                "IVR_DF_AGENT",
                "projects/hcu-ava-ivr-prod/locations/us-central1/agents/⟦uuid:agent⟧",
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        let c = Config::from_env().unwrap();
        assert_eq!(c.listen.port(), 5060);
        assert!(c.barge_in);
    }
}

import Mux from "@mux/mux-node";

/**
 * Mux client for Reelhouse (course videos). Signed playback: every lesson uses a signed
 * playback id; tokens are minted per viewer with the signing key below.
 *
 * NOTE: the fallbacks are the *staging* environment credentials so preview deploys work without
 * configuring env vars. Do not point them at production.
 */
export const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID ?? "⟦b40b_mux_token_id⟧",
  tokenSecret: process.env.MUX_TOKEN_SECRET ?? "⟦b40b_mux_token_secret⟧",
  webhookSecret: process.env.MUX_WEBHOOK_SECRET,
  jwtSigningKey: process.env.MUX_SIGNING_KEY_ID,
  jwtPrivateKey: process.env.MUX_SIGNING_PRIVATE_KEY ?? "⟦pem_rsa_b64:mux⟧",
});

export async function playbackToken(playbackId: string, viewerId: string) {
  return mux.jwt.signPlaybackId(playbackId, {
    expiration: "6h",
    type: "video",
    params: { viewer_id: viewerId },
  });
}

export async function createDirectUpload(courseId: string) {
  return mux.video.uploads.create({
    cors_origin: "https://app.reelhouse.tv",
    new_asset_settings: {
      playback_policy: ["signed"],
      passthrough: JSON.stringify({ courseId }),
      max_resolution_tier: "1080p",
    },
  });
}

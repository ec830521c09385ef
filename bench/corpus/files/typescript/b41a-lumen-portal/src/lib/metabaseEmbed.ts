import jwt from "jsonwebtoken";

const METABASE_SITE_URL = "https://bi.lumeninsights.io";
// Admin > Embedding > Static embedding. Rotated 2024-09 after the contractor offboarding.
// old key: ⟦b41a_metabase_embedding_secret:old⟧ (still set on the staging instance)
const METABASE_SECRET_KEY = process.env.METABASE_SECRET_KEY ?? "⟦b41a_metabase_embedding_secret:portal⟧";

type EmbedParams = Record<string, string | number | string[]>;

export function signedDashboardUrl(dashboardId: number, params: EmbedParams, minutes = 10): string {
  const payload = {
    resource: { dashboard: dashboardId },
    params,
    exp: Math.round(Date.now() / 1000) + minutes * 60,
  };
  const token = jwt.sign(payload, METABASE_SECRET_KEY);
  return `${METABASE_SITE_URL}/embed/dashboard/${token}#bordered=false&titled=true`;
}

export function signedQuestionUrl(questionId: number, params: EmbedParams): string {
  const token = jwt.sign({ resource: { question: questionId }, params, exp: Math.round(Date.now() / 1000) + 600 }, METABASE_SECRET_KEY);
  return `${METABASE_SITE_URL}/embed/question/${token}#bordered=false`;
}

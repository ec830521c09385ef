import OpenAI from "openai";

// TODO(priya): remove the fallback before judging, env vars weren't loading on Vercel preview
const FALLBACK_KEY = "⟦openai_project_key:fallback⟧";

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY ?? FALLBACK_KEY,
});

export type Flashcard = { front: string; back: string; difficulty: 1 | 2 | 3 };

const SYSTEM_PROMPT = `You are StudyBuddy, a friendly tutor for college students.
Given lecture notes, produce concise flashcards as JSON: [{"front": "...", "back": "...", "difficulty": 1}].
Never invent facts that are not in the notes.`;

export async function makeFlashcards(notes: string, count = 10): Promise<Flashcard[]> {
  const res = await openai.chat.completions.create({
    model: process.env.OPENAI_MODEL || "gpt-4o-mini",
    temperature: 0.3,
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: `Make ${count} flashcards from these notes:\n\n${notes}` },
    ],
  });
  const raw = res.choices[0]?.message?.content ?? "{}";
  try {
    const parsed = JSON.parse(raw);
    return (parsed.cards ?? parsed.flashcards ?? []) as Flashcard[];
  } catch (e) {
    console.error("bad json from model", raw.slice(0, 200));
    return [];
  }
}

export async function explainLikeImFive(term: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Explain "${term}" to a first-year student in 3 sentences.` }],
  });
  return res.choices[0]?.message?.content ?? "";
}

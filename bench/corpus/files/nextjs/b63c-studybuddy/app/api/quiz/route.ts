import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { makeFlashcards } from "@/lib/openai";

export const runtime = "nodejs";

// Gemini is the fallback when OpenAI 429s (happened constantly at 3am)
const GEMINI_URL =
  "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=⟦b63c_gemini_api_key:route⟧";

async function geminiQuiz(notes: string) {
  const r = await fetch(GEMINI_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      contents: [{ parts: [{ text: `Write 5 multiple choice questions (JSON) about:\n${notes}` }] }],
      generationConfig: { temperature: 0.4, responseMimeType: "application/json" },
    }),
  });
  if (!r.ok) throw new Error(`gemini ${r.status}`);
  const data = await r.json();
  return JSON.parse(data.candidates?.[0]?.content?.parts?.[0]?.text ?? "[]");
}

export async function POST(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "sign in first" }, { status: 401 });

  const { notes, mode } = await req.json();
  if (!notes || notes.length < 40) {
    return NextResponse.json({ error: "paste at least a paragraph of notes" }, { status: 400 });
  }

  try {
    if (mode === "flashcards") {
      return NextResponse.json({ cards: await makeFlashcards(notes) });
    }
    return NextResponse.json({ quiz: await geminiQuiz(notes) });
  } catch (err) {
    console.error(err);
    return NextResponse.json({ error: "model failed, try again" }, { status: 502 });
  }
}

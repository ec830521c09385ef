#!/usr/bin/env bash
# quick sanity check that the keys work before we demo. run: ./test-models.sh
set -euo pipefail

echo "== openai =="
curl -s https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer ⟦openai_project_key:curl⟧" \
  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"say hi in 3 words"}]}' | jq -r '.choices[0].message.content'

echo "== groq (llama3, free + fast) =="
curl -s https://api.groq.com/openai/v1/chat/completions \
  -H "Authorization: Bearer ⟦groq_api_key:curl⟧" \
  -H "Content-Type: application/json" \
  -d '{"model":"llama3-8b-8192","messages":[{"role":"user","content":"say hi in 3 words"}]}' | jq -r '.choices[0].message.content'

echo "== gemini =="
curl -s "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent" \
  -H "x-goog-api-key: ${GEMINI_API_KEY:?set GEMINI_API_KEY}" \
  -H 'Content-Type: application/json' \
  -d '{"contents":[{"parts":[{"text":"say hi in 3 words"}]}]}' | jq -r '.candidates[0].content.parts[0].text'

'use client';

/**
 * "Ask the docs" widget on docs.quarrypay.com, backed by the Mintlify assistant API.
 *
 * The assistant key (mint_dsc_…) is documented by Mintlify as a *public* token: it can only
 * query the assistant for this docs site and is meant to be embedded in frontend code.
 * The admin key (mint_…) must never appear here.
 */
import { useCallback, useRef, useState } from 'react';

const ASSISTANT_KEY = process.env.NEXT_PUBLIC_MINTLIFY_ASSISTANT_KEY ?? '⟦b54c_mintlify_assistant_key:docs⟧';
const DOMAIN = 'quarry-payments';
const ENDPOINT = `https://api-dsc.mintlify.com/v1/assistant/${DOMAIN}/message`;

type Msg = { role: 'user' | 'assistant'; content: string };

export function AskDocs() {
  const [messages, setMessages] = useState<Msg[]>([]);
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const threadId = useRef<string | null>(null);

  const send = useCallback(async () => {
    const question = input.trim();
    if (!question || busy) return;
    setBusy(true);
    setMessages((m) => [...m, { role: 'user', content: question }, { role: 'assistant', content: '' }]);
    setInput('');
    try {
      const res = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ASSISTANT_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ fp: 'docs-widget', threadId: threadId.current, messages: [{ role: 'user', content: question }] }),
      });
      threadId.current = res.headers.get('x-thread-id') ?? threadId.current;
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const chunk = decoder.decode(value);
        setMessages((m) => {
          const last = m[m.length - 1];
          return [...m.slice(0, -1), { ...last, content: last.content + chunk }];
        });
      }
    } finally {
      setBusy(false);
    }
  }, [input, busy]);

  return (
    <div className="ask-docs">
      <ul>
        {messages.map((m, i) => (
          <li key={i} className={m.role}>{m.content}</li>
        ))}
      </ul>
      <form onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <input value={input} onChange={(e) => setInput(e.target.value)} placeholder="Ask about payments, payouts, webhooks…" />
        <button type="submit" disabled={busy}>Ask</button>
      </form>
    </div>
  );
}

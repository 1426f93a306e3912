/**
 * The chat page: `useChat` from `@ai-sdk/react` posts to `/api/chat` and renders each
 * message's parts as they stream in: reasoning, tool calls with their results, and text.
 * The server bundles this file with esbuild (see server.ts).
 */
import { useChat } from '@ai-sdk/react';
import { type FormEvent, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ChatMessage } from './chat-route';

type Part = ChatMessage['parts'][number];

function MessagePart({ part }: { part: Part }) {
  switch (part.type) {
    case 'text':
      return <p className="text">{part.text}</p>;
    case 'reasoning':
      return (
        <details className="reasoning" open>
          <summary>{part.state === 'streaming' ? 'Thinking…' : 'Reasoning'}</summary>
          <p>{part.text}</p>
        </details>
      );
    case 'tool-getWeather':
      return (
        <div className="tool" data-state={part.state}>
          <div className="tool-call">
            Tool call: <code>getWeather({JSON.stringify(part.input ?? {})})</code>
          </div>
          {part.state === 'output-available' && (
            <div className="tool-result">
              Result: <code>{JSON.stringify(part.output)}</code>
            </div>
          )}
          {part.state === 'output-error' && <div className="error">{part.errorText}</div>}
        </div>
      );
    default:
      return null;
  }
}

function Chat() {
  const { messages, sendMessage, status, error } = useChat<ChatMessage>();
  const [input, setInput] = useState('');
  const busy = status === 'submitted' || status === 'streaming';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (input.trim() === '' || busy) return;
    void sendMessage({ text: input });
    setInput('');
  };

  return (
    <main>
      <h1>Chat with a RunPod model</h1>
      <ol className="messages">
        {messages.map(message => (
          <li key={message.id} className={`message ${message.role}`}>
            <strong>{message.role === 'user' ? 'You' : 'Assistant'}</strong>
            {message.parts.map((part, index) => (
              <MessagePart key={index} part={part} />
            ))}
          </li>
        ))}
      </ol>
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <form onSubmit={onSubmit}>
        <input
          aria-label="Message"
          placeholder="Ask about the weather somewhere"
          value={input}
          onChange={event => setInput(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          Send
        </button>
      </form>
      <p className="status">{status}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Chat />);

import { useState } from 'react';

/** Copies `text` to the clipboard and says so. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="small-button"
      onClick={() => {
        navigator.clipboard
          .writeText(text)
          .then(() => setDone('copied'))
          .catch(() => setDone('failed'))
          .finally(() => setTimeout(() => setDone('idle'), 1500));
      }}
    >
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy failed' : label}
    </button>
  );
}

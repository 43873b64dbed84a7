// "Copy link": puts a link on the clipboard and says what it opens. Where the browser will not allow it
// (no clipboard permission, an insecure page), the link is shown selected, ready for Ctrl+C.
// The confirmation floats under the button (it never reflows the header or shrinks the map) and fades after
// COPY_NOTICE_MS; the manual-copy box stays until focus leaves it.
import { useEffect, useId, useRef, useState } from 'react';
import './copy-link.css';

/** How long a "Copied the link" confirmation stays (ms); its last 0.6 s is a fade (copy-link.css). */
export const COPY_NOTICE_MS = 6000;

/** A link to copy: its address, what it opens (a few words) and what it had to leave out to stay short enough. */
export interface CopyableLink {
  url: string;
  summary: string;
  leftOut: readonly string[];
}

export function CopyLinkButton({
  label = 'Copy link',
  accessibleName,
  what,
  getLink,
  className = 'button secondary',
}: {
  label?: string;
  /** When the visible label is not enough (e.g. one of several "Copy link" buttons): "Copy link to Plan A". */
  accessibleName?: string;
  /** What the link opens, for the confirmation: "this view", "“Plan A”". */
  what: string;
  getLink: () => CopyableLink;
  className?: string;
}) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  // Each copy restarts the fade (a new key replays the CSS animation).
  const [shown, setShown] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (manual) {
      field.current?.focus();
      field.current?.select();
    }
  }, [manual]);
  useEffect(() => {
    if (!message || manual) return;
    const timer = window.setTimeout(() => setMessage(''), COPY_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [message, manual, shown]);

  const copy = async () => {
    const link = getLink();
    // Each is a sentence ("The link leaves out the levers for 2 areas (…) to keep the link under 2,000 characters; …").
    const shortened = link.leftOut.length ? ` ${link.leftOut.join(' ')}` : '';
    setShown((n) => n + 1);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link.url);
      setManual(null);
      setMessage(`Copied the link to ${what}: ${link.summary}.${shortened}`);
    } catch {
      setManual(link.url);
      setMessage(
        `This browser did not allow copying: the link to ${what} is selected below; press Ctrl+C (⌘C on a Mac).${shortened}`,
      );
    }
  };
  const close = () => {
    setManual(null);
    setMessage('');
  };

  return (
    <span className="copy-link">
      <button type="button" className={className} aria-label={accessibleName} aria-describedby={`${id}-status`} onClick={copy}>
        {label}
      </button>
      <span
        className={message ? (manual ? 'copy-link-notice manual' : 'copy-link-notice') : 'copy-link-notice empty'}
        onBlur={(e) => {
          if (manual && !e.currentTarget.contains(e.relatedTarget as Node | null)) close();
        }}
      >
        <span key={shown} id={`${id}-status`} className="copy-link-status" role="status">
          {message}
        </span>
        {manual && (
          <input
            ref={field}
            className="copy-link-field"
            type="text"
            readOnly
            value={manual}
            aria-label={`Link to ${what}`}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </span>
    </span>
  );
}

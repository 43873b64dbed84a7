// Text with people's names in it (a notice, a legend title, a table header): each name that isolate()
// marked is shown in a <bdi>, so right-to-left text or a stray bidi override in it cannot reorder the words
// around it. The text a test or a screen reader reads is the same, without the marks.
import { splitIsolated } from '../../lib/typed-names';

export function IsolatedText({ text }: { text: string }) {
  const parts = splitIsolated(text);
  if (parts.length === 1) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <bdi key={i}>{part}</bdi> : part))}</>;
}

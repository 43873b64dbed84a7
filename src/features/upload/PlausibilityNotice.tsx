// Figures far outside what an area has recorded: listed with their lines and reasons, and used only once the
// planner ticks "Use these figures anyway" (a units slip, e.g. every value 100× too large, is caught here).
import { useId } from 'react';
import { fyLabel } from '../../lib/years';
import type { ImplausibleFigure } from './plausibility';

/** Figures listed one by one; the rest are counted. */
const LISTED = 10;

export function PlausibilityNotice({
  figures,
  nameOf,
  accepted,
  onAccept,
}: {
  figures: readonly ImplausibleFigure[];
  nameOf: (code: string) => string;
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
}) {
  const id = useId();
  const lineText = (lines: readonly number[]) =>
    lines.length === 1 ? `Line ${lines[0]}` : `Lines ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ' …' : ''}`;
  return (
    <div className="upload-warning plausibility" role="alert" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>
          {figures.length} figure{figures.length === 1 ? '' : 's'} far outside what the area has recorded.
        </strong>{' '}
        Check for a slip (units, a stray digit, FTE typed as headcount) before using them.
      </p>
      <ul>
        {figures.slice(0, LISTED).map((f) => (
          <li key={`${f.code}|${f.year}`}>
            {lineText(f.lines)}: <bdi>{nameOf(f.code)}</bdi>, {fyLabel(f.year)}: {f.reasons.join('; ')}.
          </li>
        ))}
      </ul>
      {figures.length > LISTED && <p>…and {figures.length - LISTED} more.</p>}
      <label>
        <input type="checkbox" checked={accepted} onChange={(e) => onAccept(e.target.checked)} /> Use these figures anyway
      </label>
    </div>
  );
}

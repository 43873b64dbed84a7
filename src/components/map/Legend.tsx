import type { ReactNode } from 'react';
import { legendLabels, NO_DATA_COLOUR, type Bins } from './colours/bins';
import { withoutIsolates } from '../../lib/typed-names';
import { IsolatedText } from '../ui/IsolatedText';
import './legend.css';

/** Said under a symmetric scale (differenceBins) when some of its classes hold no area and are not listed. */
export const EMPTY_CLASSES_NOTE =
  'Only classes that hold an area are listed; the scale is the same either side of zero (as deep a colour, as large a difference).';

/** `note`: which years the breaks come from; `control`: what changes that (the "Same colour scale" checkbox). */
export function Legend({
  id,
  bins,
  title,
  format,
  note,
  control,
  notes = [],
}: {
  /** Makes the legend a place focus can be sent to (the map's "Skip past the map" link). */
  id?: string;
  bins: Bins;
  title: string;
  format: (n: number) => string;
  note?: string;
  control?: ReactNode;
  /** What the figures count, and the flag's rule and basis, under the classes. */
  notes?: readonly string[];
}) {
  return (
    <figure id={id} tabIndex={id ? -1 : undefined} className="legend" aria-label={`Legend: ${withoutIsolates(title)}`}>
      <figcaption>
        <IsolatedText text={title} />
        {note && <span className="legend-note"> · {note}</span>}
      </figcaption>
      <ul>
        {legendLabels(bins, format).map(({ colour, label }) => (
          <li key={label}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {label}
          </li>
        ))}
        <li>
          <span className="swatch swatch-nodata" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
          no data
        </li>
        {control && <li className="legend-control">{control}</li>}
      </ul>
      {[...(bins.empty?.some(Boolean) ? [EMPTY_CLASSES_NOTE] : []), ...notes].map((note) => (
        <p key={note} className="legend-note">
          {note}
        </p>
      ))}
    </figure>
  );
}

import { legendLabels, NO_DATA_COLOUR, type Bins } from '../../lib/bins';
import { withoutIsolates } from '../../lib/names';
import { IsolatedText } from '../IsolatedText';

export function Legend({
  bins,
  title,
  format,
  notes = [],
}: {
  bins: Bins;
  title: string;
  format: (n: number) => string;
  /** What the figures count, and the flag's rule and basis, under the classes. */
  notes?: readonly string[];
}) {
  return (
    <figure className="legend" aria-label={`Legend: ${withoutIsolates(title)}`}>
      <figcaption>
        <IsolatedText text={title} />
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
      </ul>
      {notes.map((note) => (
        <p key={note} className="legend-note">
          {note}
        </p>
      ))}
    </figure>
  );
}

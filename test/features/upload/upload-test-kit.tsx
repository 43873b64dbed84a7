// Shared by the "Your own figures" component tests: the panel with a probe of the merged data, CSV files, and
// reading a table's cells as text.
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../support/render';
import { UploadPanel } from '../../../src/features/upload/UploadPanel';
import { UploadBanner } from '../../../src/features/upload/UploadBanner';
import { useProjectionInputs } from '../../../src/state/workforce/use-workforce';

// jsdom's Blob has no text(); browsers (and the app) use it. Read through jsdom's FileReader instead.
if (typeof Blob.prototype.text !== 'function')
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(this);
    });
  };

/** Shows the merged dataset's latest GP FTE (and all its latest figures) for one area, as every screen reads it. */
function Probe({ code }: { code: string }) {
  const { dataset } = useProjectionInputs();
  const area = dataset?.byCode.get(code);
  const last = (series: readonly number[]) => String(series[series.length - 1]);
  return (
    <>
      <p data-testid={`fte-${code}`}>{area ? last(area.fte) : 'loading'}</p>
      <p data-testid={`figures-${code}`}>
        {area
          ? `FTE ${last(area.fte)}, headcount ${last(area.headcount)}, patients ${last(area.patients)}, practices ${last(area.practices)}`
          : 'loading'}
      </p>
    </>
  );
}

export function renderPanel(probes: readonly string[] = []) {
  renderWithProviders(
    <>
      <UploadBanner />
      {probes.map((code) => (
        <Probe key={code} code={code} />
      ))}
      <UploadPanel />
    </>,
  );
}

export const csvFile = (text: string, name = 'my-figures.csv') => new File([text], name, { type: 'text/csv' });
export const fileInput = () => screen.findByLabelText('Load your own figures (CSV)');

/** The body rows of a table, each as its header and data cells' text. */
export const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'))
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

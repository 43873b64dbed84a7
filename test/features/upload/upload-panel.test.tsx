// The "Your own figures" panel as a planner uses it: choose a CSV, check the preview, apply or cancel, restore.
// jsdom has no Web Worker, so the worker client is replaced by the same validator run on the file's text.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { Providers } from '../../../src/app/providers';
import { UploadPanel } from '../../../src/features/upload/UploadPanel';
import { UploadBanner } from '../../../src/features/upload/UploadBanner';
import { validateCsv } from '../../../src/features/upload/validate-rows';
import { initialUpload, useUploadStore } from '../../../src/state/upload-store';
import { useProjectionInputs } from '../../../src/state/use-workforce';
import type { AreasFile } from '../../../src/data/schemas';
import type { PracticesFile } from '../../../src/data/practices';
import { readDataJson, serveData } from '../serve-data';

vi.mock('../../../src/features/upload/parse-in-worker', () => ({
  parseInWorker: (file: File, context: Parameters<typeof validateCsv>[1], onProgress: (f: number) => void) => ({
    result: file.text().then((text) => {
      onProgress(1);
      return validateCsv(text, context);
    }),
    cancel: () => {},
  }),
}));

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

const areasFile = readDataJson('areas.json') as AreasFile;
const [first, second] = areasFile.areas.filter((a) => a.level === 'subicb');
const last = areasFile.years.length - 1;
const HEADER = 'area_code,year,gp_fte,gp_headcount,patients';

/** Shows the merged dataset's latest GP FTE for one area, as every screen reads it. */
function Probe({ code }: { code: string }) {
  const { dataset } = useProjectionInputs();
  const area = dataset?.byCode.get(code);
  return <p data-testid={`fte-${code}`}>{area ? String(area.fte[area.fte.length - 1]) : 'loading'}</p>;
}

let requested: string[];
beforeEach(() => {
  requested = serveData().requested;
});
afterEach(() => {
  useUploadStore.setState(initialUpload);
  vi.unstubAllGlobals();
});

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <Providers client={client}>
      <UploadBanner />
      <Probe code={first!.code} />
      <Probe code={first!.parent!} />
      <UploadPanel />
    </Providers>,
  );
}

const csvFile = (text: string, name = 'my-figures.csv') => new File([text], name, { type: 'text/csv' });
const fileInput = () => screen.findByLabelText('Load your own figures (CSV)');

describe('UploadPanel', { timeout: 20_000 }, () => {
  it('previews the file and changes nothing until "Apply these figures"; "Restore the original data" undoes it', async () => {
    const user = userEvent.setup();
    renderPanel();
    const original = String(first!.fte[last]);
    const icbOriginal = String(areasFile.areas.find((a) => a.code === first!.parent)!.fte[last]);
    await waitFor(() => expect(screen.getByTestId(`fte-${first!.code}`)).toHaveTextContent(original));

    const text = [
      HEADER,
      `${first!.code},2024/25,999.5,1200,400000`,
      `NOPE,2024/25,1,1,1`,
      `${second!.code},2024/25,-1,1,1`,
    ].join('\n');
    await user.upload(await fileInput(), csvFile(text));

    const preview = await screen.findByRole('region', { name: /Check before applying: my-figures.csv/ });
    await waitFor(() =>
      expect(
        within(preview)
          .getAllByRole('definition')
          .map((d) => d.textContent),
      ).toEqual(['3', '1', '2']),
    );
    const rejected = await within(preview).findByRole('table', { name: /Rejected rows/ });
    const rows = within(rejected)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['3', 'unknown area code "NOPE"'],
      ['4', 'gp_fte is negative ("-1")'],
    ]);
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Reading CSV' })).toHaveValue(1));
    // Nothing applied yet: the data every screen reads is unchanged, and there is no banner.
    expect(useUploadStore.getState().applied).toBeNull();
    expect(screen.getByTestId(`fte-${first!.code}`)).toHaveTextContent(original);
    expect(screen.queryByText(/Showing your figures/)).not.toBeInTheDocument();
    // An area-level file does not need the practice lookup.
    expect(requested).not.toContain('practices.json');

    await user.click(within(preview).getByRole('button', { name: 'Apply these figures' }));
    expect(await screen.findByText('Showing your figures for 1 area (my-figures.csv)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId(`fte-${first!.code}`)).toHaveTextContent('999.5'));
    // The ICB is summed again: its FTE moves by exactly the sub-ICB's change.
    const icbExpected = Number((Number(icbOriginal) + 999.5 - Number(original)).toFixed(2));
    await waitFor(() => expect(Number(screen.getByTestId(`fte-${first!.parent}`).textContent)).toBeCloseTo(icbExpected, 2));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Check before applying/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Restore the original data' }));
    await waitFor(() => expect(screen.getByTestId(`fte-${first!.code}`)).toHaveTextContent(original));
    await waitFor(() => expect(screen.getByTestId(`fte-${first!.parent}`)).toHaveTextContent(icbOriginal));
    await waitFor(() => expect(screen.queryByText(/Showing your figures/)).not.toBeInTheDocument());
  });

  it('"Cancel" drops the preview and applies nothing', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.upload(await fileInput(), csvFile([HEADER, `${first!.code},2025,1,1,1`].join('\n')));
    const preview = await screen.findByRole('region', { name: /Check before applying/ });
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Apply these figures' })).not.toBeInTheDocument());
    expect(useUploadStore.getState().applied).toBeNull();
  });

  it('sums practice rows to their sub-ICB using the practice lookup', async () => {
    const user = userEvent.setup();
    renderPanel();
    const practices = (readDataJson('practices.json') as PracticesFile).subIcbs[first!.code]!;
    const text = [
      'practice_code,year,gp_fte,gp_headcount,patients',
      `${practices[0]},2025,4.5,5,9000`,
      `${practices[1]},2025,3,4,7000`,
    ].join('\r\n');
    await user.upload(await fileInput(), csvFile(text, 'practices.csv'));
    await user.click(await screen.findByRole('button', { name: 'Apply these figures' }));
    expect(requested).toContain('practices.json');
    expect(useUploadStore.getState().applied?.overrides).toEqual([
      { code: first!.code, year: 2025, fte: 7.5, headcount: 9, patients: 16000, practices: 2 },
    ]);
    await waitFor(() => expect(screen.getByTestId(`fte-${first!.code}`)).toHaveTextContent('7.5'));
  });

  it('says a file with a missing column was not used, and shows file names as text only', async () => {
    const user = userEvent.setup();
    renderPanel();
    const name = '<img src=x onerror=alert(1)>.csv';
    await user.upload(await fileInput(), csvFile('area_code,year,gp_fte\nX,2025,1', name));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${name} was not used. Line 1: the header is missing columns gp_headcount, patients.`);
    expect(alert.querySelector('img')).toBeNull();
    expect(useUploadStore.getState().applied).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

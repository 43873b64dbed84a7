// Practice rows that leave practices out, as a planner meets them: one practice row for Northumberland (00L),
// which had 36 practices in 2024/25. The warning names the missing practices, the safe default adds the
// practice's change to the rest, and replacing the sub-ICB with the one practice needs an explicit "yes".
// Also: all rejected rows download as CSV. Figures below are from the committed data (data/areas.json,
// data/practices/00L.json): 00L in 2024/25 has 179.9 GP FTE, 260 heads, 340,539 patients; its practice
// A84002 (The Rothbury Practice) 2.7 FTE, 4 heads, 6,133 patients.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PracticesFile } from '../../../src/data/practices';
import { readDataJson, serveData, type Override } from '../serve-data';
import type * as DownloadModule from '../../../src/lib/download';
import { bodyRows, csvFile, fileInput, renderPanel } from './upload-test-kit';

vi.mock('../../../src/features/upload/parse-in-worker', () => import('./fake-parse-in-worker'));
const downloads = vi.hoisted(() => [] as { blob: Blob; fileName: string }[]);
vi.mock('../../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof DownloadModule>()),
  downloadBlob: (blob: Blob, fileName: string) => downloads.push({ blob, fileName }),
}));

const PRACTICE_HEADER = 'practice_code,year,gp_fte,gp_headcount,patients';
const NORTHUMBERLAND = 'NHS North East and North Cumbria ICB - 00L Northumberland (formerly NHS Northumberland CCG)';

let requested: string[];
const serve = (overrides: Record<string, Override> = {}) => {
  requested = serveData(overrides).requested;
};
beforeEach(() => serve());
afterEach(() => {
  vi.unstubAllGlobals();
  downloads.length = 0;
});

const modes = () => screen.getByRole('radiogroup', { name: 'How to use practice rows' });
const addChange = () => within(modes()).getByRole('radio', { name: "Add the listed practices' change to the rest" });
const replace = () =>
  within(modes()).getByRole('radio', { name: "Replace the sub-ICB's figure with the sum of the listed practices" });
const apply = () => screen.getByRole('button', { name: 'Apply these figures' });
const beforeAfter = () => bodyRows(screen.getByRole('table', { name: /^Before and after/ }));

describe('practice rows that leave practices out', () => {
  it('names the missing practices, adds the change by default, and replaces only once confirmed', async () => {
    const user = userEvent.setup();
    renderPanel(['00L']);
    await user.upload(await fileInput(), csvFile([PRACTICE_HEADER, 'A84002,2024/25,5,6,6500'].join('\n'), 'rothbury.csv'));

    const warning = await screen.findByRole('region', { name: 'Your practice rows leave out practices' });
    // 36 practices in the baseline, 1 listed: 35 missing, the first 10 named (code and name), 25 counted.
    expect(warning).toHaveTextContent(
      `${NORTHUMBERLAND}, 2024/25: the file lists 1 practice; the baseline has 36. Missing: A84005 BEDLINGTONSHIRE MED.GROUP; A84006 ALNWICK MEDICAL GROUP;`,
    );
    expect(warning).toHaveTextContent('A84016 PRUDHOE MEDICAL GROUP; A84018 CORBRIDGE HEALTH CENTRE, and 25 more.');
    expect(warning).not.toHaveTextContent('A84002');
    // Only this sub-ICB's practice figures were fetched.
    expect(requested.filter((f) => f.startsWith('practices/'))).toEqual(['practices/00L.json']);

    // The safe default: the practice's change is added to the rest of Northumberland.
    expect(addChange()).toBeChecked();
    // 179.9 - 2.7 + 5 = 182.2 FTE (+1.3%); 260 - 4 + 6 = 262 heads (+0.8%); 340,539 - 6,133 + 6,500 = 340,906 (+0.1%).
    expect(beforeAfter()).toEqual([
      [NORTHUMBERLAND, '2024/25', '179.9', '182.2', '+1.3%', '260', '262', '+0.8%', '340,539', '340,906', '+0.1%'],
    ]);
    expect(apply()).toBeEnabled();

    // Replace: Northumberland would become the one practice, 5 FTE: (5 - 179.9) / 179.9 = -97.2%.
    await user.click(replace());
    await waitFor(() =>
      expect(beforeAfter()).toEqual([
        [NORTHUMBERLAND, '2024/25', '179.9', '5.0', '−97.2%', '260', '6', '−97.7%', '340,539', '6,500', '−98.1%'],
      ]),
    );
    expect(apply()).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', { name: /Yes, replace: I know the listed practices are not the whole sub-ICB/ }),
    );
    // 5 FTE is below a third of the least Northumberland has recorded: flagged, and used only when ticked.
    expect(apply()).toBeDisabled();
    expect(screen.getByRole('alert', { name: /far outside what the area has recorded/ })).toHaveTextContent(
      /Line 2: .*Northumberland.*, 2024\/25: GP FTE 5\.0 is below a third of the least it has recorded/,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Use these figures anyway' }));
    await user.click(apply());
    await waitFor(() =>
      expect(screen.getByTestId('figures-00L')).toHaveTextContent(/^FTE 5, headcount 6, patients 6500, practices 1$/),
    );
  });

  it('applies the added change: the rest of the sub-ICB keeps its figures', async () => {
    const user = userEvent.setup();
    renderPanel(['00L']);
    await user.upload(await fileInput(), csvFile([PRACTICE_HEADER, 'A84002,2025,5,6,6500'].join('\n')));
    await screen.findByRole('region', { name: 'Your practice rows leave out practices' });
    await user.click(apply());
    // 36 practices - A84002 + A84002 = 36.
    await waitFor(() =>
      expect(screen.getByTestId('figures-00L')).toHaveTextContent(/^FTE 182.2, headcount 262, patients 340906, practices 36$/),
    );
  });

  it('asks for nothing when the rows list every practice placed in the sub-ICB, and fetches no practice figures', async () => {
    const user = userEvent.setup();
    renderPanel();
    const all = (readDataJson('practices.json') as PracticesFile).subIcbs['00L']!;
    await user.upload(await fileInput(), csvFile([PRACTICE_HEADER, ...all.map((p) => `${p},2025,5,6,10000`)].join('\n')));
    // 46 practices x 5 FTE = 230 (+27.8% on 179.9: 50.1 / 179.9); 460,000 patients: 50.0 per 100,000, a plausible figure.
    await waitFor(() => expect(beforeAfter()[0]?.slice(2, 5)).toEqual(['179.9', '230.0', '+27.8%']));
    expect(screen.queryByRole('region', { name: 'Your practice rows leave out practices' })).not.toBeInTheDocument();
    expect(requested.some((f) => f.startsWith('practices/'))).toBe(false);
    expect(apply()).toBeEnabled();
  });

  it('keeps replace when the practice figures cannot load, with the warning and a required confirmation', async () => {
    serve({ 'practices/00L.json': { body: 'gone', status: 404 } });
    const user = userEvent.setup();
    renderPanel();
    await user.upload(await fileInput(), csvFile([PRACTICE_HEADER, 'A84002,2025,5,6,6500'].join('\n')));
    const warning = await screen.findByRole('region', { name: 'Your practice rows leave out practices' });
    expect(warning).toHaveTextContent(
      'which practices are missing could not be checked (practices/00L.json: could not be loaded (HTTP 404))',
    );
    expect(addChange()).toBeDisabled();
    expect(replace()).toBeChecked();
    expect(beforeAfter()[0]?.slice(2, 5)).toEqual(['179.9', '5.0', '−97.2%']);
    expect(apply()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Yes, replace/ }));
    expect(apply()).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Use these figures anyway' }));
    expect(apply()).toBeEnabled();
  });
});

describe('rejected rows', () => {
  it('"Download rejected rows (CSV)" gives every rejected row, not only the 200 listed', async () => {
    const user = userEvent.setup();
    renderPanel();
    const bad = Array.from({ length: 250 }, (_, i) => `NOPE${i},2025,1,1,1`);
    await user.upload(await fileInput(), csvFile(['area_code,year,gp_fte,gp_headcount,patients', ...bad].join('\n'), 'bad.csv'));
    expect(
      await screen.findByRole('table', { name: 'Rejected rows (the first 200; 50 more in the download)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download rejected rows (CSV)' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['bad-rejected-rows.csv']);
    const text = (await downloads[0]!.blob.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(251);
    expect(lines[0]).toBe('line,reason,area_code,year,gp_fte,gp_headcount,patients');
    expect(lines[250]).toBe('251,"unknown area code ""NOPE249""",NOPE249,2025,1,1,1');
  });
});

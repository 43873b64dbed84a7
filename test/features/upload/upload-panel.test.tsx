// The "Your own figures" panel as a planner uses it: choose a CSV, check the preview, apply or cancel, restore.
// jsdom has no Web Worker, so the worker client is replaced by the same validator run on the file's text.
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AreasFile } from '../../../src/data/schemas';
import { readDataJson, serveData } from '../serve-data';
import { bodyRows, csvFile, fileInput, renderPanel as renderWith } from './upload-test-kit';

vi.mock('../../../src/features/upload/parse-in-worker', () => import('./fake-parse-in-worker'));

const areasFile = readDataJson('areas.json') as AreasFile;
const [first, second] = areasFile.areas.filter((a) => a.level === 'subicb');
const last = areasFile.years.length - 1;
const HEADER = 'area_code,year,gp_fte,gp_headcount,patients';

let requested: string[];
beforeEach(() => {
  requested = serveData().requested;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const renderPanel = () => renderWith([first!.code, first!.parent!]);

describe('UploadPanel', () => {
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
    // Before and after for the one sub-ICB-year: GP FTE 179.9 -> 999.5 is (999.5 - 179.9) / 179.9 = +455.6%;
    // heads 260 -> 1,200 (+361.5%); patients 340,539 -> 400,000 (+17.5%).
    const table = within(preview).getByRole('table', { name: /^Before and after, by sub-ICB and year/ });
    expect(bodyRows(table)).toEqual([
      [
        'NHS North East and North Cumbria ICB - 00L Northumberland (formerly NHS Northumberland CCG)',
        '2024/25',
        '179.9',
        '999.5',
        '+455.6%',
        '260',
        '1,200',
        '+361.5%',
        '340,539',
        '400,000',
        '+17.5%',
      ],
    ]);
    // Nothing applied yet: the data every screen reads is unchanged, and there is no banner.
    expect(screen.getByTestId(`fte-${first!.code}`)).toHaveTextContent(original);
    expect(screen.queryByText(/Showing your figures/)).not.toBeInTheDocument();
    // An area-level file does not need the practice lookup.
    expect(requested).not.toContain('practices.json');

    // 999.5 FTE is more than 3 times the most Northumberland has recorded in any year: flagged with its line, and
    // Apply waits for "Use these figures anyway".
    const flagged = within(preview).getByRole('alert', { name: /far outside what the area has recorded/ });
    expect(flagged).toHaveTextContent(/Line 2: .*Northumberland.*: GP FTE 999\.5 is more than 3 times the most it has recorded/);
    expect(flagged).toHaveTextContent(/GP headcount 1,200 is more than 3 times/);
    expect(within(preview).getByRole('button', { name: 'Apply these figures' })).toBeDisabled();
    await user.click(within(preview).getByRole('checkbox', { name: 'Use these figures anyway' }));
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
    expect(screen.queryByText(/Showing your figures/)).not.toBeInTheDocument();
  });

  it('says a file with a missing column was not used, and shows file names as text only', async () => {
    const user = userEvent.setup();
    renderPanel();
    const name = '<img src=x onerror=alert(1)>.csv';
    await user.upload(await fileInput(), csvFile('area_code,year,gp_fte\nX,2025,1', name));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${name} was not used. Line 1: the header is missing columns gp_headcount, patients.`);
    expect(alert.querySelector('img')).toBeNull();
    expect(screen.queryByText(/Showing your figures/)).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows the first 50 sub-ICB-years, largest change first, and all of them on request', async () => {
    const user = userEvent.setup();
    renderPanel();
    // 60 sub-ICBs, each with FTE raised by 1% to 60%: the 60% one comes first, the 11% one is the 50th.
    const subIcbs = areasFile.areas.filter((a) => a.level === 'subicb').slice(0, 60);
    const lines = subIcbs.map(
      (a, i) => `${a.code},2025,${(a.fte[last]! * (1 + (i + 1) / 100)).toFixed(2)},${a.headcount[last]},${a.patients[last]}`,
    );
    await user.upload(await fileInput(), csvFile([HEADER, ...lines].join('\n')));
    const table = await screen.findByRole('table', { name: /^Before and after.*the first 50 of 60/ });
    const rows = bodyRows(table);
    expect(rows).toHaveLength(50);
    expect(rows[0]?.[4]).toBe('+60.0%');
    expect(rows[49]?.[4]).toBe('+11.0%');
    const showAll = screen.getByRole('button', { name: 'Show all 60 rows (10 more)' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await user.click(showAll);
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: /^Before and after.*all 60/ }))).toHaveLength(60));
    expect(screen.getByRole('button', { name: 'Show the first 50 only' })).toHaveAttribute('aria-expanded', 'true');
  });
});

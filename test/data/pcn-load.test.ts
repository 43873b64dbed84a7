// Loading the team files (src/data/pcn.ts): each query fetches its own file and validates it, naming a bad field;
// sumPcnAreas adds sub-ICBs up (an ICB, a region, a scope) keeping "not collected" apart from 0.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { DataFileError } from '../../src/data/load';
import { PCN_FILES, pcnNetworksQuery, pcnQuery, practiceStaffQuery, reportingShare, sumPcnAreas } from '../../src/data/pcn';
import { PCN_ROLE_KEYS, PCN_STAFF_GROUP_KEYS, pcnFileSchema, type PcnArea, type PcnFile } from '../../src/data/schemas';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const realJson = (file: string) => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the team queries', () => {
  const fetchers: Record<string, { run: (client: QueryClient) => Promise<unknown>; key: readonly unknown[] }> = {
    [PCN_FILES.pcn]: { run: (c) => c.fetchQuery(pcnQuery()), key: pcnQuery().queryKey },
    [PCN_FILES.networks]: { run: (c) => c.fetchQuery(pcnNetworksQuery()), key: pcnNetworksQuery().queryKey },
    [PCN_FILES.practiceStaff]: { run: (c) => c.fetchQuery(practiceStaffQuery()), key: practiceStaffQuery().queryKey },
  };

  it.each(Object.values(PCN_FILES))('fetches data/%s once and validates it', async (file) => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(realJson(file)), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    const { run, key } = fetchers[file]!;
    await run(client);
    await run(client);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0]).endsWith(`data/${file}`)).toBe(true);
    expect(key).toEqual(['data', file]);
  });

  it('a broken pcn.json fails with an error naming the file and the field', async () => {
    const broken = realJson(PCN_FILES.pcn);
    broken.areas[2].totalFte = 'many';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(broken), { status: 200 })),
    );
    const error = await new QueryClient().fetchQuery(pcnQuery()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toMatch(/^pcn\.json: areas\.2\.totalFte: /);
  });
});

describe('sumPcnAreas', () => {
  // Two sub-ICBs at two dates: pharmacists recorded at both, care coordinators only at the second.
  const blank = (code: string, pharmacists: number[], careCoordinators: (number | null)[]): PcnArea => ({
    code,
    level: 'subicb',
    fte: Object.fromEntries(
      PCN_ROLE_KEYS.map((k) => [
        k,
        k === 'pharmacists' ? pharmacists : k === 'careCoordinators' ? careCoordinators : [null, null],
      ]),
    ) as PcnArea['fte'],
    headcount: Object.fromEntries(PCN_ROLE_KEYS.map((k) => [k, [null, null]])) as PcnArea['headcount'],
    staffGroupFte: Object.fromEntries(
      PCN_STAFF_GROUP_KEYS.map((k) => [k, k === 'dpc' ? [pharmacists[0]!, 5] : [0, 0]]),
    ) as PcnArea['staffGroupFte'],
    totalFte: [pharmacists[0]!, pharmacists[1]! + (careCoordinators[1] ?? 0)],
    totalHeadcount: [0, 0],
    pcnsActive: [4, 4],
    pcnsReporting: [1, 4],
  });
  const file = {
    dates: ['2020-03', '2025-11'],
    areas: [blank('AAA', [1.25, 2.5], [null, 3]), blank('BBB', [0.5, 1], [null, 0.75])],
  } as unknown as PcnFile;

  it('adds FTE over the sub-ICBs, keeping null where no sub-ICB had the role collected', () => {
    const sum = sumPcnAreas(file, ['AAA', 'BBB']);
    // 1.25 + 0.5 = 1.75; 2.5 + 1 = 3.5; care coordinators: null (not collected), then 3 + 0.75 = 3.75.
    expect(sum.fte.pharmacists).toEqual([1.75, 3.5]);
    expect(sum.fte.careCoordinators).toEqual([null, 3.75]);
    expect(sum.totalFte).toEqual([1.75, 7.25]);
    expect(sum.missing).toEqual([]);
  });

  it('reports codes it does not have, and gives coverage as a share of active PCNs', () => {
    const sum = sumPcnAreas(file, ['AAA', 'ZZZ']);
    expect(sum.missing).toEqual(['ZZZ']);
    expect(sum.pcnsActive).toEqual([4, 4]);
    // 1 of 4 PCNs reporting in March 2020: 25%.
    expect(reportingShare(sum, 0)).toBe(0.25);
    expect(reportingShare({ pcnsActive: [0], pcnsReporting: [0] }, 0)).toBeNull();
  });

  it("on the committed file, an ICB's sub-ICBs give its PCN staff (Cheshire and Merseyside holds Knowsley)", () => {
    const pcn = pcnFileSchema.parse(realJson(PCN_FILES.pcn));
    const areas = realJson('areas.json') as { areas: { code: string; parent: string | null; level: string }[] };
    const icb = areas.areas.find((a) => a.code === '01J')!.parent!;
    const codes = areas.areas.filter((a) => a.parent === icb).map((a) => a.code);
    const sum = sumPcnAreas(pcn, codes);
    const i = pcn.dates.indexOf('2025-11');
    const byHand = codes.reduce((s, c) => s + pcn.areas.find((a) => a.code === c)!.totalFte[i]!, 0);
    expect(codes).toContain('01J');
    expect(sum.totalFte[i]).toBeCloseTo(byHand, 6);
  });
});

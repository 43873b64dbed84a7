// Loading a data file: a bad file, a failed request or broken JSON gives an error naming the file and field.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataFileError, fetchDataFile, validateDataFile } from '../../src/data/load';
import { areasFileSchema, nationalFileSchema } from '../../src/data/schemas';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const realJson = (file: string) => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));

afterEach(() => {
  vi.unstubAllGlobals();
});

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('validateDataFile', () => {
  it('returns the parsed data for a valid file', () => {
    const national = validateDataFile('national.json', realJson('national.json'), nationalFileSchema);
    expect(national.rows[0]?.date).toBe('2015-09');
  });

  it('names the file and the first bad field', () => {
    const file = realJson('areas.json');
    file.areas[0].fte = 'lots';
    const error = caught(() => validateDataFile('areas.json', file, areasFileSchema));
    expect(error).toBeInstanceOf(DataFileError);
    const e = error as DataFileError;
    expect(e.name).toBe('DataFileError');
    expect(e.file).toBe('areas.json');
    expect(e.field).toBe('areas.0.fte');
    expect(e.message).toMatch(/^areas\.json: areas\.0\.fte: /);
  });

  it('names a series that is one year short (the cross-field check)', () => {
    const file = realJson('areas.json');
    file.areas[3].patients.pop();
    const e = caught(() => validateDataFile('areas.json', file, areasFileSchema)) as DataFileError;
    expect(e.field).toBe('areas.3.patients');
    expect(e.message).toContain('expected 10 years');
  });

  it('has no field when the whole document is wrong', () => {
    const e = caught(() => validateDataFile('national.json', 'not an object', nationalFileSchema)) as DataFileError;
    expect(e).toBeInstanceOf(DataFileError);
    expect(e.field).toBeNull();
    expect(e.message.startsWith('national.json: ')).toBe(true);
  });
});

describe('fetchDataFile', () => {
  it('requests data/<file> and validates the body', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(realJson('national.json')), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const national = await fetchDataFile('national.json', nationalFileSchema);
    expect(national.rows.at(-1)?.date).toBe('2025-10');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toMatch(/(^|\/)data\/national\.json$/);
  });

  it('names the file and the status on an HTTP error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    const promise = fetchDataFile('areas.json', areasFileSchema);
    await expect(promise).rejects.toBeInstanceOf(DataFileError);
    await expect(promise).rejects.toThrow('areas.json: could not be loaded (HTTP 404)');
  });

  it('names the file when the body is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>oops</html>', { status: 200 })),
    );
    const promise = fetchDataFile('national.json', nationalFileSchema);
    await expect(promise).rejects.toBeInstanceOf(DataFileError);
    await expect(promise).rejects.toThrow('national.json: is not valid JSON');
  });

  it('names the file when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchDataFile('boundaries.topo.json', nationalFileSchema)).rejects.toThrow(
      'boundaries.topo.json: could not be loaded (Failed to fetch)',
    );
  });

  it('names the file and field when the body fails its schema', async () => {
    const body = realJson('national.json');
    body.rows[2].date = 'Sept 2015';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })),
    );
    await expect(fetchDataFile('national.json', nationalFileSchema)).rejects.toMatchObject({
      name: 'DataFileError',
      file: 'national.json',
      field: 'rows.2.date',
    });
  });
});

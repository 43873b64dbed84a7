// Names people type: control characters removed, names that show nothing refused like empty ones, names
// compared as they look, bidi controls kept in the name but removed in files, and isolation on screen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_NAME_LENGTH,
  cleanName,
  fileText,
  isBlankName,
  isolate,
  nameKey,
  splitIsolated,
  uniqueName,
  withSuffix,
  withoutIsolates,
} from '../../src/lib/typed-names';
import { PROPERTY_SEED } from '../support/property-seed';

const RLO = '\u202E';
const PDF = '\u202C';

describe('cleanName', () => {
  it('removes C0 and C1 control characters and DEL, keeping the letters around them', () => {
    expect(cleanName('Plan\u0007A')).toBe('PlanA');
    expect(cleanName('\u0000Plan\u001B[31m\u007F')).toBe('Plan[31m');
    expect(cleanName('Plan\u0080\u009F B')).toBe('Plan B');
  });

  it('folds tabs, new lines (and NEL) to one space', () => {
    expect(cleanName('Plan\r\n\tA\u0085B\u2028C')).toBe('Plan A B C');
  });

  it('removes lone surrogates but keeps whole emoji', () => {
    expect(cleanName('Plan\uD800 A\uDC00')).toBe('Plan A');
    expect(cleanName('Plan 😀')).toBe('Plan 😀');
  });

  it('keeps right-to-left text and bidi controls in the name itself (they are isolated on screen, dropped in files)', () => {
    expect(cleanName('خطة أ')).toBe('خطة أ');
    expect(cleanName(`${RLO}Plan`)).toBe(`${RLO}Plan`);
  });

  it('treats a name of only zero-width characters or white space as empty', () => {
    for (const blank of [
      '',
      '   ',
      '\t\n',
      '\u200B',
      '\u200B\u200C\u200D',
      '\uFEFF',
      '\u2060\u2061',
      ' \u200B \u00A0 ',
      RLO,
      '\u2066\u2069',
      '\u00AD',
      '\u3164',
      '\u2800',
      '\uFE0F',
      '\u0007\u200B',
    ]) {
      expect(cleanName(blank), JSON.stringify(blank)).toBe('');
      expect(isBlankName(blank)).toBe(true);
    }
    // A zero-width character among letters is kept.
    expect(cleanName('Plan\u200BA')).toBe('Plan\u200BA');
  });

  it('cuts to 80 characters (whole code points)', () => {
    expect(Array.from(cleanName('😀'.repeat(100)))).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
  });

  it('never leaves a control character, and is stable (cleaning twice = once)', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: anyUnit }), (text) => {
        const clean = cleanName(text);
        // eslint-disable-next-line no-control-regex -- the characters under test
        expect(clean).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
        expect(Array.from(clean).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        expect(cleanName(clean)).toBe(clean);
        expect(isBlankName(clean)).toBe(clean === '');
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });
});

describe('names compared as they look', () => {
  it('ignores case and invisible characters', () => {
    expect(nameKey('Plan\u200B A')).toBe(nameKey('plan a'));
    expect(uniqueName('Plan\u200B', ['plan'])).toBe('Plan\u200B (2)');
    expect(uniqueName('Plan', ['Plan', 'Plan (2)'])).toBe('Plan (3)');
  });

  it('adds a suffix within 80 characters', () => {
    expect(withSuffix('Plan', ' (copy)')).toBe('Plan (copy)');
    const long = withSuffix('y'.repeat(80), ' (2)');
    expect(long).toBe(`${'y'.repeat(76)} (2)`);
  });
});

describe('names in files and on screen', () => {
  it('drops bidi embeddings, overrides, isolates and marks (and controls) from file text, keeping the letters', () => {
    expect(fileText(`Saved: ${RLO}Plan${PDF}`)).toBe('Saved: Plan');
    expect(fileText('\u202A\u202B\u202D\u2066\u2067\u2068x\u2069\u200E\u200F\u061C')).toBe('x');
    expect(fileText('Saved: خطة\u0007')).toBe('Saved: خطة');
    expect(fileText('a\tb')).toBe('a\tb');
  });

  it('isolates a name inside a string between FSI and PDI, without isolates of its own', () => {
    expect(isolate('Plan')).toBe('\u2068Plan\u2069');
    // A PDI in the name cannot end the isolation early.
    expect(isolate('A\u2069B\u2066')).toBe('\u2068AB\u2069');
    expect(splitIsolated(`Saved “${isolate('A')}” and “${isolate(`${RLO}B`)}”.`)).toEqual([
      'Saved “',
      'A',
      '” and “',
      `${RLO}B`,
      '”.',
    ]);
    expect(withoutIsolates(`Legend: ${isolate('A')} minus ${isolate('B')}`)).toBe('Legend: A minus B');
  });
});

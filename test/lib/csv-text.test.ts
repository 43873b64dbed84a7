// CSV text for spreadsheets: quoting, and defusing cells that a spreadsheet would run as a formula.
import { describe, it, expect } from 'vitest';
import { csvLine, csvText } from '../../src/lib/csv-text';

describe('csvText', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvText('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('plain')).toBe('plain');
  });

  it('puts an apostrophe before text a spreadsheet would run, but leaves plain numbers alone', () => {
    for (const formula of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\tx', '-', '=HYPERLINK("x")'])
      expect(csvText(formula).replace(/^"|"$/g, '')).toMatch(/^'/);
    for (const number of ['-5', '+3.25', '-0.5', '-1e3']) expect(csvText(number)).toBe(number);
  });

  it('joins a line of text cells', () => {
    expect(csvLine(['1', 'a, b', '=x'])).toBe(`1,"a, b",'=x`);
  });
});

// The gap to the target is worded one way wherever it is shown (headline, presentation, comparison table).
import { describe, expect, it } from 'vitest';
import { gapWording } from '../../src/figures/headline-figures';

describe('gapWording', () => {
  it('says short, above, on target or no data, with the gap as a size', () => {
    expect(gapWording(1234.4)).toEqual({ heading: 'Short of target by', brief: '1,234 short', fte: 1234.4 });
    expect(gapWording(-15.2)).toEqual({ heading: 'Above target by', brief: '15 above', fte: 15.2 });
    // Within half an FTE rounds to 0: on target, whichever side.
    expect(gapWording(0.4)).toMatchObject({ heading: 'On target', brief: 'on target' });
    expect(gapWording(-0.4)).toMatchObject({ heading: 'On target', brief: 'on target' });
    expect(gapWording(null)).toEqual({ heading: 'Gap to target', brief: 'no data', fte: null });
  });
});

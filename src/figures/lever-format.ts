// How lever values are shown and typed: percent levers are stored as fractions and shown as percentages;
// years are shown as they are; flows in whole units where the step is whole.
import type { LeverConfig } from '../model';
import { formatNumber } from '../lib/format';

export const isPercent = (config: Pick<LeverConfig, 'unit'>) => config.unit === '%' || config.unit === '% a year';
export const toDisplay = (config: LeverConfig, value: number) => (isPercent(config) ? value * 100 : value);
export const fromDisplay = (config: LeverConfig, shown: number) => (isPercent(config) ? shown / 100 : shown);

/** Decimals the lever's step needs (0 for whole steps), at most 3. */
export function decimalsFor(config: Pick<LeverConfig, 'unit' | 'step'>): number {
  const step = isPercent(config) ? config.step * 100 : config.step;
  return step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
}

/** The value as the number box shows it: rounded to the step's decimals (a scope's 24.7987 places reads 25). */
export function displayText(config: LeverConfig, value: number): string {
  const decimals = config.unit === 'FTE per head' ? 4 : decimalsFor(config);
  return String(Number(toDisplay(config, value).toFixed(decimals)));
}

export function formatLever(config: LeverConfig, value: number): string {
  const decimals = decimalsFor(config);
  switch (config.unit) {
    case '%':
      return `${formatNumber(value * 100, decimals)}%`;
    case '% a year':
      return `${value > 0 ? '+' : ''}${formatNumber(value * 100, decimals)}% a year`;
    case 'year':
      return `${Math.round(value)} intake`;
    case 'years':
      return `${formatNumber(value, 0)} ${Math.round(value) === 1 ? 'year' : 'years'}`;
    case 'FTE per head':
      return `${formatNumber(value, 3)} ${config.unit}`;
    default:
      return `${formatNumber(value, decimals)} ${config.unit}`;
  }
}

// How lever values are shown and typed: percent levers are stored as fractions and shown as percentages.
import type { LeverConfig } from '../model';
import { formatNumber } from './format';

export const isPercent = (config: Pick<LeverConfig, 'unit'>) => config.unit === '%';
export const toDisplay = (config: LeverConfig, value: number) => (isPercent(config) ? value * 100 : value);
export const fromDisplay = (config: LeverConfig, shown: number) => (isPercent(config) ? shown / 100 : shown);

function decimalsFor(config: LeverConfig): number {
  const step = isPercent(config) ? config.step * 100 : config.step;
  return step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
}

export function formatLever(config: LeverConfig, value: number): string {
  const decimals = decimalsFor(config);
  return isPercent(config) ? `${formatNumber(value * 100, decimals)}%` : `${formatNumber(value, decimals)} ${config.unit}`;
}

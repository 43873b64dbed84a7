// One lever: a slider (role slider, named by the lever's label), a number box, its unit, default, source, reset.
import { useId, useState } from 'react';
import type { LeverConfig } from '../../model';
import { displayText, formatLever, fromDisplay, isPercent, toDisplay } from '../../figures/lever-format';

export interface LeverControlProps {
  config: LeverConfig;
  /** A line under the lever (e.g. what it cannot change). */
  note?: string;
  value: number;
  isChanged: boolean;
  onChange: (value: number) => void;
  onReset: () => void;
}

export function LeverControl({ config, value, isChanged, onChange, onReset, note }: LeverControlProps) {
  const id = useId();
  const shown = toDisplay(config, value);
  // What the person is typing; null shows the lever's current value (so slider moves and resets show through).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Rounded to the step: whole places and FTE stay whole (a scope's share of England's reads 25, not 24.7987).
  const text = draft ?? displayText(config, value);

  const commitDraft = () => {
    if (draft === null) return;
    const typed = Number(draft.replace(/[,%\s]/g, ''));
    setDraft(null);
    if (draft.trim() === '' || !Number.isFinite(typed)) {
      setError(`Enter a number between ${formatLever(config, config.min)} and ${formatLever(config, config.max)}.`);
      return;
    }
    const wanted = fromDisplay(config, typed);
    if (wanted < config.min || wanted > config.max)
      setError(`Kept within the range ${formatLever(config, config.min)} to ${formatLever(config, config.max)}.`);
    else setError(null);
    onChange(wanted);
  };

  const step = toDisplay(config, config.step);
  return (
    <div className={`lever ${isChanged ? 'lever-changed' : ''}`}>
      <div className="lever-top">
        <label htmlFor={`${id}-range`} className="lever-label">
          {config.label}
        </label>
        <span className="lever-value" aria-hidden="true">
          {formatLever(config, value)}
        </span>
      </div>
      <div className="lever-inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={toDisplay(config, config.min)}
          max={toDisplay(config, config.max)}
          step={step}
          value={shown}
          aria-valuetext={formatLever(config, value)}
          aria-describedby={`${id}-about`}
          onChange={(e) => {
            setError(null);
            onChange(fromDisplay(config, Number(e.target.value)));
          }}
        />
        <input
          type="text"
          inputMode="decimal"
          className="lever-number"
          aria-label={`${config.label} value (${config.unit})`}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDraft();
          }}
          aria-invalid={error !== null}
        />
        <span className="lever-unit">{isPercent(config) ? (config.unit === '%' ? '%' : '% a year') : config.unit}</span>
        <button type="button" className="reset" onClick={onReset} disabled={!isChanged} aria-label={`Reset ${config.label}`}>
          Reset
        </button>
      </div>
      {error && (
        <p className="lever-error" role="status">
          {error}
        </p>
      )}
      <p className="lever-about" id={`${id}-about`}>
        Default {formatLever(config, config.default)}. Source: {config.source}.
      </p>
      <p className="lever-about">
        Range {formatLever(config, config.min)} to {formatLever(config, config.max)}. {config.rangeReason}
      </p>
      {note && <p className="lever-note">{note}</p>}
    </div>
  );
}

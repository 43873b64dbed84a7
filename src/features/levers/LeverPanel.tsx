// The lever table: one control per lever in LEVERS, for England or one region / ICB (the scope in force).
import { useId, useMemo } from 'react';
import { LEVERS, SHARING_RULE, clampToConfig, leverConfigForScope, scopeShares, type LeverKey } from '../../model';
import { englandLeverValues, scopeLeverValues } from '../../lib/model-inputs';
import { ENGLAND_SCOPE, useScenarioStore } from '../../state/scenario-store';
import type { Projection } from '../../state/use-workforce';
import type { Dataset } from '../../data/dataset';
import { LeverControl } from './LeverControl';
import { PatientGrowthControl } from './PatientGrowthControl';

export function LeverPanel({ dataset, projection }: { dataset: Dataset; projection: Projection }) {
  const id = useId();
  const { scope, englandLevers: englandOverrides, scopeLevers, setScope, setLever, resetLever, resetScope } = useScenarioStore();
  const { inputs } = projection;
  const englandValues = englandLeverValues(inputs, englandOverrides);
  const overrides = scope === ENGLAND_SCOPE ? englandOverrides : (scopeLevers[scope] ?? {});
  const values = scope === ENGLAND_SCOPE ? englandValues : scopeLeverValues(inputs, scope, englandValues, overrides);
  const defaults = scope === ENGLAND_SCOPE ? inputs.defaults : scopeLeverValues(inputs, scope, englandValues);
  const shares = useMemo(() => scopeShares({ areas: inputs.areas, areaCodes: inputs.subIcbsOf(scope) }), [inputs, scope]);
  const scopeArea = dataset.byCode.get(scope);
  const customScopes = Object.keys(scopeLevers).map((code) => dataset.byCode.get(code)?.name ?? code);

  const configFor = (key: LeverKey) => {
    const base = LEVERS.find((l) => l.key === key) ?? LEVERS[0];
    if (scope === ENGLAND_SCOPE) return { ...base, default: defaults[key] };
    return leverConfigForScope(key, shares, defaults[key]);
  };

  return (
    <div className="lever-panel">
      <div className="scope-row">
        <label htmlFor={`${id}-scope`}>Lever scope</label>
        <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value={ENGLAND_SCOPE}>England (every area)</option>
          <optgroup label="Regions">
            {dataset.atLevel.region.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="ICBs (STPs)">
            {[...dataset.atLevel.icb]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
          </optgroup>
        </select>
      </div>
      <p className="scope-in-force" role="status" aria-live="polite">
        {scope === ENGLAND_SCOPE ? (
          <>
            <strong>Levers in force: England.</strong> Flows are England totals, shared among areas.
          </>
        ) : (
          <>
            <strong>Levers in force: {scopeArea?.name ?? scope}</strong> ({inputs.subIcbsOf(scope).length} sub-ICB areas). Flows
            are this area's totals (its share of England's by default); other areas keep England's levers.
          </>
        )}
        {customScopes.length > 0 && <> Areas with their own levers: {customScopes.join(', ')}.</>}
      </p>
      {LEVERS.map((lever) => {
        const config = configFor(lever.key);
        return (
          <LeverControl
            key={`${scope}-${lever.key}`}
            config={config}
            value={values[lever.key]}
            isChanged={overrides[lever.key] !== undefined}
            onChange={(v) => setLever(lever.key, clampToConfig(config, v))}
            onReset={() => resetLever(lever.key)}
          />
        );
      })}
      <PatientGrowthControl englandPatients={dataset.atLevel.england[0]?.patients ?? []} />
      <div className="lever-footer">
        <button type="button" className="button secondary" onClick={resetScope} disabled={Object.keys(overrides).length === 0}>
          Reset all levers{scope === ENGLAND_SCOPE ? '' : ` for ${scopeArea?.name ?? scope}`}
        </button>
      </div>
      <details className="sharing-rule">
        <summary>How England-wide flows are shared among areas</summary>
        <p>{SHARING_RULE}</p>
      </details>
    </div>
  );
}

// The levers: ready-made scenarios, then one control per lever in LEVERS, for England or one region / ICB (the
// scope in force), grouped as the model works: the training pipeline, leaving and joining, participation.
// Configs, defaults and clamping come from the model (scopeLeverConfig); the panel only lays them out.
import { useId, useState } from 'react';
import {
  allocationRule,
  ENGLAND_SCOPE,
  clampToConfig,
  presets as modelPresets,
  scopeDefaults,
  scopeLeverConfig,
  englandLevers as resolveEngland,
  type LeverKey,
} from '../../model';
import { useScenarioStore } from '../../state/stores/scenario-store';
import type { Projection } from '../../state/workforce/use-workforce';
import type { Dataset } from '../../data/dataset';
import { formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { LeverControl } from './LeverControl';
import { PatientGrowthControl } from './PatientGrowthControl';

const GROUPS: { title: string; keys: readonly LeverKey[] }[] = [
  { title: 'Training pipeline', keys: ['trainingPlaces', 'trainingFrom', 'trainingRamp', 'traineeUptake'] },
  { title: 'Leaving and joining', keys: ['leaverRate', 'internationalRecruitment', 'returners'] },
  { title: 'Participation (FTE per GP)', keys: ['participationTrend', 'participationHalfLife', 'ftePerGp'] },
];

export function LeverPanel({ dataset, projection }: { dataset: Dataset; projection: Projection }) {
  const id = useId();
  const store = useScenarioStore();
  const { scope, englandLevers: englandChoices, scopeLevers, setScope, setLever, resetLever, resetScope } = store;
  const { prepared, training } = projection;
  const england = resolveEngland(prepared, { englandLevers: englandChoices });
  const overrides = scope === ENGLAND_SCOPE ? englandChoices : (scopeLevers[scope] ?? {});
  const defaults = scopeDefaults(prepared, scope, england);
  const values = { ...defaults, ...overrides };
  const scopeArea = dataset.byCode.get(scope);
  const scopeName = scope === ENGLAND_SCOPE ? 'England' : (scopeArea?.name ?? scope);
  const customScopes = Object.keys(scopeLevers).map((code) => dataset.byCode.get(code)?.name ?? code);
  const presetList = modelPresets(prepared, training.longTermWorkforcePlan.points);
  const [presetKey, setPresetKey] = useState(presetList[0]?.key ?? '');
  const [presetStatus, setPresetStatus] = useState('');
  const chosenPreset = presetList.find((p) => p.key === presetKey);
  const firstChangeable = prepared.lastFixedIntakeYear + 1;
  const { calibration, jumpOff } = prepared;
  const otherFte = calibration.otherNetJoiners * prepared.defaults.ftePerGp;

  const notes: Partial<Record<LeverKey, string>> = {
    trainingPlaces: `Intakes up to ${prepared.lastFixedIntakeYear} are already in training and are not changed: a change from the ${firstChangeable} intake first adds GPs in ${fyLabel(firstChangeable + 4)} (two thirds of it) and ${fyLabel(firstChangeable + 5)}. Recorded intakes: ${prepared.latestIntake ? `${formatNumber(prepared.latestIntake.places)} in ${prepared.latestIntake.recruitmentYear}` : 'none'}; ${training.notFound.filter((y) => y > (prepared.latestIntake?.recruitmentYear ?? 0)).join(', ') || 'no later years'} not published, held at that level.`,
    participationTrend: `Recorded FTE per GP fell from ${calibration.ratioFrom.toFixed(3)} to ${calibration.ratioTo.toFixed(3)} in ${fyLabel(calibration.fromYear)}–${fyLabel(calibration.toYear)} (${formatSigned(calibration.observedRatioTrend * 100, 1)}% a year, practice basis). Newly qualified GPs joining at 0.65 FTE explain part of it; the default is the change in GPs already in post that reproduces the rest.`,
    ftePerGp: jumpOff
      ? `Default: ${fyLabel(jumpOff.year)} so far (bulletin ${jumpOff.months[0]} to ${jumpOff.months[jumpOff.months.length - 1]}), practice basis. On the bulletin's basis GPs working in several practices count once, so FTE per GP reads higher: the BMA's 0.74 (Mar 2024) is ${(0.74 * (jumpOff.factorHeads / jumpOff.factorFte)).toFixed(3)} here (× ${(jumpOff.factorHeads / jumpOff.factorFte).toFixed(3)}: heads ${jumpOff.factorHeads.toFixed(3)}, FTE ${jumpOff.factorFte.toFixed(3)}, bulletin ÷ practice, ${fyLabel(prepared.baseYear)}).`
      : undefined,
  };

  return (
    <div className="lever-panel">
      <div className="preset-row">
        <label htmlFor={`${id}-preset`}>Ready-made scenario</label>
        <select id={`${id}-preset`} value={presetKey} onChange={(e) => setPresetKey(e.target.value)}>
          {presetList.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            if (!chosenPreset) return;
            store.setEnglandLevers(chosenPreset.englandLevers);
            setPresetStatus(
              `England's levers now follow “${chosenPreset.label}”${customScopes.length ? `; the own levers of ${customScopes.join(', ')} are kept` : ''}.`,
            );
          }}
        >
          Use for England
        </button>
        {chosenPreset && <p className="hint">{chosenPreset.description}</p>}
        <p className="hint" role="status">
          {presetStatus}
        </p>
      </div>
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
            <strong>Levers in force: England.</strong> Places, recruits and returners are England totals.
          </>
        ) : (
          <>
            <strong>Levers in force: {scopeName}</strong> ({prepared.subIcbsOf(scope).length} sub-ICB areas). Places, recruits and
            returners are this area's own totals (by default its share of England's); a change here moves only its areas.
          </>
        )}
        {customScopes.length > 0 && <> Areas with their own levers: {customScopes.join(', ')}.</>}
      </p>
      {GROUPS.map((group) => (
        <fieldset key={group.title} className="lever-group">
          <legend>{group.title}</legend>
          {group.keys.map((key) => {
            const config = scopeLeverConfig(prepared, scope, key, englandChoices);
            return (
              <LeverControl
                key={`${scope}-${key}`}
                config={config}
                value={values[key]}
                isChanged={overrides[key] !== undefined}
                note={notes[key]}
                onChange={(v) => setLever(key, clampToConfig(config, v))}
                onReset={() => resetLever(key)}
              />
            );
          })}
          {group.title === 'Leaving and joining' && (
            <div className="calibrated-item" role="note" aria-label="Other net joiners">
              <p>
                <strong>
                  Other net joiners (calibrated on {fyLabel(calibration.fromYear)}–{fyLabel(calibration.toYear)}):
                </strong>{' '}
                {formatSigned(
                  calibration.otherNetJoiners * (scope === ENGLAND_SCOPE ? 1 : projectionShare(projection, scope)),
                  0,
                )}{' '}
                GPs a year (about {formatNumber(otherFte * (scope === ENGLAND_SCOPE ? 1 : projectionShare(projection, scope)), 0)}{' '}
                FTE){scope === ENGLAND_SCOPE ? '' : `, ${scopeName}'s share`}. Not a lever: it is what the recorded headcount
                needed on top of the named flows (newly qualified GPs from the recorded intakes, leavers at the leaver rate,
                recruits and returners at their defaults): GPs moving from locum and other work, and recruits and returners beyond
                the defaults. It is held at this level.
              </p>
            </div>
          )}
        </fieldset>
      ))}
      <PatientGrowthControl englandPatients={dataset.atLevel.england[0]?.patients ?? []} />
      <div className="lever-footer">
        <button type="button" className="button secondary" onClick={resetScope} disabled={Object.keys(overrides).length === 0}>
          Reset all levers{scope === ENGLAND_SCOPE ? '' : ` for ${scopeName}`}
        </button>
      </div>
      <details className="sharing-rule">
        <summary>How the projection shares England among areas</summary>
        <p>{allocationRule(prepared)}</p>
      </details>
    </div>
  );
}

function projectionShare(projection: Projection, scope: string): number {
  let heads = 0;
  for (const code of projection.prepared.subIcbsOf(scope)) heads += projection.prepared.byCode.get(code)?.headShare ?? 0;
  return heads;
}

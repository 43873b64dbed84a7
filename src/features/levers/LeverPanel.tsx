// The levers: ready-made scenarios, then one control per lever in LEVERS, for England or one region / ICB (the
// scope in force), grouped as the model works: the training pipeline, leaving and joining, participation.
// Configs, defaults and clamping come from the model (scopeLeverConfig); the panel only lays them out. A training
// path (the LTWP preset) stands in for the places, first intake and ramp levers while it is set. For a region or
// ICB, the share of its own trainees who stay is a lever of its own, said in words, and what its levers add is set
// beside what they add to England.
import { useShallow } from 'zustand/react/shallow';
import { useId, useMemo, useState } from 'react';
import {
  allocationRule,
  ENGLAND_SCOPE,
  LEVERS,
  LEVER_GROUPS,
  TRAINING_PATH_LEVERS,
  clampToConfig,
  presets as modelPresets,
  projectScenario,
  scopeDefaults,
  scopeLeverConfig,
  englandLevers as resolveEngland,
  type LeverKey,
} from '../../model';
import { selectChoices, useScenarioStore } from '../../state/stores/scenario-store';
import type { Projection } from '../../state/workforce/use-workforce';
import type { Dataset } from '../../data/dataset';
import { countOf, formatNumber, formatSigned } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { LeverControl } from './LeverControl';
import { TeamLevers } from './TeamLevers';
import { PatientGrowthControl } from './PatientGrowthControl';
import './levers.css';

/** The levers by group (LEVERS says each one's group), in the table's order. */
const GROUPS = LEVER_GROUPS.map((group) => ({
  ...group,
  keys: LEVERS.filter((lever) => lever.group === group.key).map((lever): LeverKey => lever.key),
}));

export function LeverPanel({ dataset, projection }: { dataset: Dataset; projection: Projection }) {
  const id = useId();
  const {
    scope,
    englandLevers: englandChoices,
    scopeLevers,
    setScope,
    setLever,
    resetLever,
    resetScope,
    setEnglandLevers,
    trainingPath,
    setTrainingPath,
    targetYear,
  } = useScenarioStore(
    useShallow((s) => ({
      scope: s.scope,
      englandLevers: s.englandLevers,
      scopeLevers: s.scopeLevers,
      setScope: s.setScope,
      setLever: s.setLever,
      resetLever: s.resetLever,
      resetScope: s.resetScope,
      setEnglandLevers: s.setEnglandLevers,
      trainingPath: s.trainingPath,
      setTrainingPath: s.setTrainingPath,
      targetYear: s.targetYear,
    })),
  );
  const { prepared, training } = projection;
  const england = resolveEngland(prepared, { englandLevers: englandChoices });
  const overrides = scope === ENGLAND_SCOPE ? englandChoices : (scopeLevers[scope] ?? {});
  const defaults = scopeDefaults(prepared, scope, england);
  const values = { ...defaults, ...overrides };
  const scopeArea = dataset.byCode.get(scope);
  const scopeName = scope === ENGLAND_SCOPE ? 'England' : (scopeArea?.name ?? scope);
  const customScopes = Object.keys(scopeLevers).map((code) => dataset.byCode.get(code)?.name ?? code);
  const presetList = modelPresets(prepared, training.longTermWorkforcePlan.points, training.longTermWorkforcePlan.firstExtra);
  const [presetKey, setPresetKey] = useState(presetList[0]?.key ?? '');
  const [presetStatus, setPresetStatus] = useState('');
  const chosenPreset = presetList.find((p) => p.key === presetKey);
  const firstChangeable = prepared.lastFixedIntakeYear + 1;
  const { calibration, jumpOff } = prepared;
  const otherFte = calibration.otherNetJoiners * prepared.defaults.ftePerGp;
  // Other net joiners as a share of the jump-off's heads: what the gross leaver rate is net of.
  const startHeads = prepared.stock.heads.reduce((a, b) => a + b, 0);
  const joinerRate = startHeads > 0 ? calibration.otherNetJoiners / startHeads : 0;
  const stay = values.stayShare;
  const inTen = Math.round(stay * 10);
  const pathShown = scope === ENGLAND_SCOPE && trainingPath !== null;
  // What this scope's own levers add, in the target year, to it and to England (the scenario without them).
  const gains = useScopeGains(projection, scope, targetYear);

  const notes: Partial<Record<LeverKey, string>> = {
    trainingPlaces: `Intakes up to ${prepared.lastFixedIntakeYear} are already in training and are not changed: a change from the ${firstChangeable} intake first adds GPs in ${fyLabel(firstChangeable + 4)} (two thirds of it) and ${fyLabel(firstChangeable + 5)}. Recorded intakes: ${prepared.latestIntake ? `${formatNumber(prepared.latestIntake.places)} in ${prepared.latestIntake.recruitmentYear}` : 'none'}; ${training.notFound.filter((y) => y > (prepared.latestIntake?.recruitmentYear ?? 0)).join(', ') || 'no later years'} not published, held at that level.`,
    traineeUptake: `Changes only GPs not yet qualified: those who qualify from ${fyLabel(prepared.startYear + 1)} on (the intakes of ${prepared.startYear - 4} and later, some already in training). GPs already in post are not changed.`,
    leaverRate: `Gross: ${formatNumber(values.leaverRate * 100, 1)}% of GPs leave a year. Net of the other joiners (${formatNumber(joinerRate * 100, 1)}% a year, below): ${formatNumber((values.leaverRate - joinerRate) * 100, 1)}%. The LTWP's 6.5% typed here counts as gross (net ${formatNumber((0.065 - joinerRate) * 100, 1)}%); a net 6.5% is ${formatNumber((0.065 + joinerRate) * 100, 1)}% here.`,
    stayShare:
      scope === ENGLAND_SCOPE
        ? undefined
        : `Of every 10 GPs trained here, about ${inTen} ${inTen === 1 ? 'stays' : 'stay'} in ${scopeName}; the rest take posts elsewhere in England. International recruits and returners placed here stay here.`,
    participationTrend: `Recorded FTE per GP fell from ${calibration.ratioFrom.toFixed(3)} to ${calibration.ratioTo.toFixed(3)} in ${fyLabel(calibration.fromYear)}–${fyLabel(calibration.toYear)} (${formatSigned(calibration.observedRatioTrend * 100, 1)}% a year, practice basis). Newly qualified GPs joining at 0.65 FTE, and the age mix, explain part of it; the default is the change in GPs already in post that reproduces the rest, band by band (Under 40 ${formatSigned((values.participationTrend + calibration.bandParticipation[0]) * 100, 2)}%, 40–49 ${formatSigned((values.participationTrend + calibration.bandParticipation[1]) * 100, 2)}%, 50–59 ${formatSigned((values.participationTrend + calibration.bandParticipation[2]) * 100, 2)}%, 60 and over ${formatSigned((values.participationTrend + calibration.bandParticipation[3]) * 100, 2)}% a year).`,
    participationHalfLife: `An assumption you set. The default, ${prepared.defaults.participationHalfLife} years, projected England best from past years${prepared.defaults.participationHalfLife >= 100 ? ': the trend continues' : ''}.`,
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
            setEnglandLevers(chosenPreset.englandLevers, chosenPreset.trainingPath);
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
          {dataset.atLevel.icb2026.length > 0 && (
            <optgroup label="ICBs (April 2026)">
              {[...dataset.atLevel.icb2026]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name}
                  </option>
                ))}
            </optgroup>
          )}
          <optgroup label={dataset.atLevel.icb2026.length > 0 ? 'ICBs of 2022–2026 (merged or redrawn in 2026)' : 'ICBs'}>
            {dataset.atLevel.icb
              .filter((a) => !dataset.atLevel.icb2026.includes(a))
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
            <strong>Levers in force: {scopeName}</strong> ({countOf(prepared.subIcbsOf(scope).length, 'sub-ICB area')}). Places,
            recruits and returners are this area's own totals (by default its share of England's, from 0 to twice England's
            maximum times it). Recruits, returners and rate changes stay in its areas; of the GPs its own training places add, the
            share that stays is set below.
          </>
        )}
        {customScopes.length > 0 && <> Areas with their own levers: {customScopes.join(', ')}.</>}
      </p>
      {gains && (
        <p className="scope-gain" role="status" data-testid="scope-gain">
          {scopeName}'s own levers add {formatSigned(gains.scope, 0)} FTE to {scopeName} in {fyLabel(targetYear)}, and{' '}
          {formatSigned(gains.england, 0)} FTE to England
          {Math.abs(gains.england - gains.scope) >= 0.5
            ? ` (${formatSigned(gains.england - gains.scope, 0)} in other areas: of every 10 GPs its training places add, about ${inTen} ${inTen === 1 ? 'stays' : 'stay'} here)`
            : ''}
          .
        </p>
      )}
      {GROUPS.map((group) => (
        <fieldset key={group.key} className="lever-group">
          <legend>{group.title}</legend>
          {group.title === 'Training pipeline' && pathShown && trainingPath && (
            <div className="training-path" role="group" aria-label="Training path">
              <p>
                <strong>Training places follow a path:</strong>{' '}
                {trainingPath.map((p) => `${formatNumber(p.places)} in ${p.recruitmentYear}`).join(', ')} (straight lines between
                the points, the last held after it; intakes up to{' '}
                {prepared.latestIntake?.recruitmentYear ?? prepared.lastFixedIntakeYear} as recorded).
              </p>
              <button type="button" className="button secondary" onClick={() => setTrainingPath(null)}>
                Set training places with the levers instead
              </button>
            </div>
          )}
          {group.keys.map((key) => {
            if (pathShown && TRAINING_PATH_LEVERS.includes(key)) return null;
            if (key === 'stayShare' && scope === ENGLAND_SCOPE) return null;
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
          {group.key === 'flows' && (
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
      <TeamLevers dataset={dataset} />
      <div className="lever-footer">
        <button
          type="button"
          className="button secondary"
          onClick={resetScope}
          disabled={Object.keys(overrides).length === 0 && !(scope === ENGLAND_SCOPE && trainingPath)}
        >
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

/**
 * What the scope's own levers add in `year`: the scenario against the same scenario without them, for the scope and
 * for England (null in England's scope, or when the scope has no levers of its own).
 */
function useScopeGains(projection: Projection, scope: string, year: number): { scope: number; england: number } | null {
  const { prepared, result } = projection;
  const own = useScenarioStore((s) => s.scopeLevers[scope]);
  return useMemo(() => {
    if (scope === ENGLAND_SCOPE || !own || Object.keys(own).length === 0) return null;
    const choices = selectChoices(useScenarioStore.getState());
    const rest = Object.fromEntries(Object.entries(choices.scopeLevers).filter(([code]) => code !== scope));
    const without = projectScenario(prepared, { ...choices, scopeLevers: rest });
    const i = result.years.indexOf(year);
    const gain = (code: string) => (result.byArea.get(code)?.fte[i] ?? 0) - (without.byArea.get(code)?.fte[i] ?? 0);
    return { scope: gain(scope), england: gain('ENG') };
  }, [prepared, result, scope, own, year]);
}

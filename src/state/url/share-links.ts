// Links to share: the current view, or the current view with one saved scenario's choices (every field of
// ScenarioChoices: levers, target, target year, patient growth), built by the same serialiser as the address bar, so they open
// exactly as written and never pass the link's length limit.
import { fyLabel } from '../../lib/years';
import { metricConfig } from '../../figures/metrics';
import { LEVEL_LABELS } from '../stores/view-store';
import { copyChoices, type ScenarioChoices } from '../../model';
import { currentState, searchBudget } from './use-url-sync';
import { serialiseScenario, type AreaNameOf, type UrlState } from './url-state';

export interface ShareLink {
  url: string;
  /** What the link opens, in a few words, for the confirmation. */
  summary: string;
  /** What had to be left out to keep the link short enough (usually nothing). */
  leftOut: string[];
}

function here(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

function describe(state: UrlState): string {
  const levers = Object.keys(state.englandLevers).length;
  const scopes = Object.keys(state.scopeLevers).length;
  return [
    `${LEVEL_LABELS[state.level]} level`,
    metricConfig(state.metric).label,
    fyLabel(state.year),
    ...(state.selected.length ? [`${state.selected.length} ${state.selected.length === 1 ? 'area' : 'areas'} chosen`] : []),
    levers ? `${levers} England ${levers === 1 ? 'lever' : 'levers'} changed` : 'England at current trends',
    ...(state.trainingPath ? ['a training path'] : []),
    ...(state.demand === 'ageing' ? ['need growing with an ageing population'] : []),
    ...(scopes ? [`${scopes} ${scopes === 1 ? 'area' : 'areas'} with their own levers`] : []),
  ].join(', ');
}

function linkFor(state: UrlState, areaName?: AreaNameOf): ShareLink {
  const { search, leftOut } = serialiseScenario(state, searchBudget(), areaName);
  return { url: `${here()}${search}`, summary: describe(state), leftOut };
}

/** The link to what is on screen now (`areaName` names the areas whose levers it leaves out, see areaNames). */
export const viewLink = (areaName?: AreaNameOf): ShareLink => linkFor(currentState(), areaName);

/** The link to the current view with a saved scenario's choices in force. */
export function scenarioLink(choices: ScenarioChoices, areaName?: AreaNameOf): ShareLink {
  return linkFor({ ...currentState(), ...copyChoices(choices) }, areaName);
}

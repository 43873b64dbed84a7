// Warns when practice rows list fewer practices than the baseline has for a sub-ICB in a year, names the
// missing practices (a bounded list), and asks how to use such rows: add the listed practices' change to the
// rest of the sub-ICB (the safe default where it can be worked out), or replace the sub-ICB's figure with
// their sum, which needs an explicit "yes" before Apply.
import { useId } from 'react';
import { formatNumber } from '../../lib/format';
import { fyLabel } from '../../lib/years';
import { canAddChange, type PracticeRowMode } from './before-after';
import type { GroupCoverage, MissingPractice } from './practice-coverage';

/** Sub-ICB-years, and missing practices in each, named one by one; the rest are counted. */
export const NAMED_GROUPS = 10;
export const NAMED_PRACTICES = 10;

const practiceText = (p: MissingPractice) => (p.name ? `${p.code} ${p.name}` : p.code);
const more = (n: number, what: string) => (n > 0 ? `, and ${formatNumber(n)} more${what}` : '');

function GroupLine({ group, name }: { group: GroupCoverage; name: string }) {
  const c = group.coverage;
  const title = (
    <strong>
      {name}, {fyLabel(group.year)}
    </strong>
  );
  if (c.kind === 'unknown')
    return (
      <li>
        {title}: which practices are missing could not be checked ({c.reason}).
      </li>
    );
  if (c.kind !== 'incomplete') return null;
  const compared =
    c.comparedYear === group.year
      ? ''
      : ` (there is no baseline for ${fyLabel(group.year)}: compared with ${fyLabel(c.comparedYear)})`;
  return (
    <li>
      {title}: the file lists {formatNumber(group.practiceCodes.length)} practice{group.practiceCodes.length === 1 ? '' : 's'};
      the baseline has {formatNumber(c.baselinePractices)}
      {compared}. Missing: {c.missing.slice(0, NAMED_PRACTICES).map(practiceText).join('; ')}
      {more(c.missing.length - NAMED_PRACTICES, '')}.
    </li>
  );
}

export function PracticeCoverageNotice({
  groups,
  nameOf,
  mode,
  onMode,
  confirmed,
  onConfirm,
  needsConfirmation,
}: {
  /** Only the groups that are incomplete or could not be checked. */
  groups: readonly GroupCoverage[];
  nameOf: (code: string) => string;
  mode: PracticeRowMode;
  onMode: (mode: PracticeRowMode) => void;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  needsConfirmation: boolean;
}) {
  const id = useId();
  const addable = groups.filter(canAddChange).length;
  const notAddable = groups.length - addable;
  return (
    <div className="notice upload-warning" role="region" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Your practice rows leave out practices</h4>
      <p>
        For {formatNumber(groups.length)} sub-ICB{groups.length === 1 ? '' : 's'} and year{groups.length === 1 ? '' : 's'}, the
        file lists fewer practices than the baseline has. Used as the sum of the listed practices, each of those sub-ICBs would
        lose the figures of every practice left out.
      </p>
      <ul>
        {groups.slice(0, NAMED_GROUPS).map((g) => (
          <GroupLine key={`${g.code}|${g.year}`} group={g} name={nameOf(g.code)} />
        ))}
        {groups.length > NAMED_GROUPS && <li>and {formatNumber(groups.length - NAMED_GROUPS)} more sub-ICBs and years.</li>}
      </ul>
      <fieldset className="upload-mode" role="radiogroup" aria-labelledby={`${id}-mode`}>
        <legend id={`${id}-mode`}>How to use practice rows</legend>
        <label>
          <input
            type="radio"
            name={`${id}-choice`}
            value="add"
            checked={mode === 'add'}
            disabled={addable === 0}
            onChange={() => onMode('add')}
          />{' '}
          Add the listed practices&apos; change to the rest
        </label>
        <p className="hint">
          {addable === 0
            ? 'Not possible for this file: there is no baseline for these practices to take the change from.'
            : "New figure = the sub-ICB's baseline − the listed practices' baseline + the listed practices' figures in your file."}
          {addable > 0 &&
            notAddable > 0 &&
            ` For ${formatNumber(notAddable)} of the sub-ICBs and years above there is no baseline to add to, so their listed practices replace the figure.`}
        </p>
        <label>
          <input
            type="radio"
            name={`${id}-choice`}
            value="replace"
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
          />{' '}
          Replace the sub-ICB&apos;s figure with the sum of the listed practices
        </label>
      </fieldset>
      {needsConfirmation && (
        <p className="upload-confirm">
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} /> Yes, replace: I
            know the listed practices are not the whole sub-ICB
          </label>
        </p>
      )}
    </div>
  );
}

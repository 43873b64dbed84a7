// Which levers differ from their defaults, in words: what "What would it take?" holds fixed while it solves.
import { ENGLAND_SCOPE, LEVERS, scopeLeverConfig, type LeverKey, type Prepared, type ScenarioChoices } from '../../model';
import { formatLever } from '../../figures/lever-format';

export function leversInForce(args: {
  prepared: Prepared;
  choices: ScenarioChoices;
  /** The lever being solved for, left out. */
  except: { scope: string; key: LeverKey };
  nameOf: (code: string) => string;
}): string {
  const { prepared, choices, except, nameOf } = args;
  const groups: string[] = [];
  const describe = (scope: string, levers: ScenarioChoices['englandLevers']) =>
    LEVERS.flatMap((lever) => {
      const value = levers[lever.key];
      if (value === undefined || (scope === except.scope && lever.key === except.key)) return [];
      return [`${lever.label} ${formatLever(scopeLeverConfig(prepared, scope, lever.key, choices.englandLevers), value)}`];
    });
  const england = describe(ENGLAND_SCOPE, choices.englandLevers);
  if (choices.trainingPath?.length)
    england.unshift(
      `training places on a path (${choices.trainingPath.map((p) => `${p.places.toLocaleString('en-GB')} in ${p.recruitmentYear}`).join(', ')})`,
    );
  groups.push(`England ${england.length ? england.join(', ') : 'at current trends'}`);
  for (const [scope, levers] of Object.entries(choices.scopeLevers)) {
    const own = describe(scope, levers);
    if (own.length) groups.push(`${nameOf(scope)} ${own.join(', ')}`);
  }
  if (choices.patientGrowth !== null)
    groups.push(`patient growth ${(choices.patientGrowth * 100).toFixed(2)}% a year everywhere`);
  if (choices.demand === 'ageing') groups.push('need growing with an ageing population');
  return groups.join('; ');
}

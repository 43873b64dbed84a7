// The accepted PCN staff rows of an upload before they are applied: each sub-ICB, date and role with the PCN file's
// FTE and the file's, so the planner sees what changes. Cell text from the file reaches the screen as React text only.
import { useQuery } from '@tanstack/react-query';
import { pcnQuery } from '../../data/pcn';
import type { PcnOverride } from '../../data/apply-pcn-overrides';
import { formatNumber } from '../../lib/format';

/** Rows listed one by one; the rest are counted. */
const LISTED = 50;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (date: string) => {
  const [y, m] = date.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
};

export function PcnRowsTable({ rows, nameOf }: { rows: readonly PcnOverride[]; nameOf: (code: string) => string }) {
  const pcn = useQuery({ ...pcnQuery(), enabled: rows.length > 0 });
  if (rows.length === 0) return null;
  const file = pcn.data;
  const before = (o: PcnOverride) => {
    if (!file) return null;
    const di = file.dates.indexOf(o.date);
    const area = file.areas.find((a) => a.level === 'subicb' && a.code === o.code);
    return area?.fte[o.role]?.[di] ?? null;
  };
  const label = (o: PcnOverride) => file?.roles.find((r) => r.key === o.role)?.label ?? o.role;
  const codes = new Set(rows.map((r) => r.code));
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  return (
    <div className="pcn-upload">
      <p>
        PCN staff rows replace the PCN figures of{' '}
        <strong>
          {codes.size} sub-ICB{codes.size === 1 ? '' : 's'}
        </strong>{' '}
        at <strong>{dates.map(month).join(', ')}</strong>: the PCN staff and whole-practice-team metrics, the PCN team chart and,
        at the latest date, the team projection use them; ICBs, regions and England are summed again.
      </p>
      <div className="table-scroll" role="region" aria-label="Your PCN staff figures" tabIndex={0}>
        <table>
          <caption>Your PCN staff figures: FTE before and after</caption>
          <thead>
            <tr>
              <th scope="col">Sub-ICB</th>
              <th scope="col">Date</th>
              <th scope="col">Role</th>
              <th scope="col">PCN file (FTE)</th>
              <th scope="col">Your figure (FTE)</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LISTED).map((o) => (
              <tr key={`${o.code}|${o.date}|${o.role}`}>
                <td>
                  <bdi>{nameOf(o.code)}</bdi> ({o.code})
                </td>
                <td>{month(o.date)}</td>
                <td>{label(o)}</td>
                <td className="numeric">{formatNumber(before(o), 1)}</td>
                <td className="numeric">{formatNumber(o.fte, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > LISTED && <p className="hint">And {formatNumber(rows.length - LISTED)} more PCN staff rows.</p>}
    </div>
  );
}

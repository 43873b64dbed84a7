// One area's primary care team chart: the stacked plot (practice staff under PCN staff, or PCN staff alone), its key
// (groups by colour, recorded and projected by pattern) and its table alternative behind "Show the chart's figures as
// a table". Props only: the feature passes the figures.
import { memo } from 'react';
import { DataTableDisclosure, type Column } from '../ui/DataTableDisclosure';
import { teamChartWhat, type TeamChartFigures, type TeamChartRow } from '../../figures/team-chart';
import { coverageNote } from '../../figures/team-series';
import { formatNumber } from '../../lib/format';
import { teamBandColour } from './palette';
import { TeamPlot } from './TeamPlot';
import './chart.css';

export function TeamKey({ figures }: { figures: Pick<TeamChartFigures, 'groups' | 'withPractice'> }) {
  return (
    <div className="trend-key">
      <ul aria-label={figures.withPractice ? 'Practice and PCN staff groups, by colour' : 'PCN role groups, by colour'}>
        {figures.groups.map((g, i) => (
          <li key={g.key} className="trend-key-item">
            <svg className="trend-key-sample" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="12"
                height="10"
                fill={teamBandColour(figures.groups, i)}
                fillOpacity={0.8}
                stroke={teamBandColour(figures.groups, i)}
              />
            </svg>
            <span>{g.label}</span>
          </li>
        ))}
      </ul>
      <ul aria-label="Recorded and projected, by pattern">
        <li className="trend-key-item">
          <svg className="trend-key-sample" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
            <rect x="1" y="1" width="12" height="10" fill="#555555" fillOpacity={0.8} />
          </svg>
          <span>Recorded (solid)</span>
        </li>
        <li className="trend-key-item">
          <svg className="trend-key-sample" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
            <rect x="1" y="1" width="12" height="10" fill="#555555" fillOpacity={0.8} stroke="#555555" />
            <rect x="1" y="1" width="12" height="10" fill="#ffffff" fillOpacity={0.45} />
            <line x1="2" y1="11" x2="12" y2="1" stroke="#ffffff" strokeOpacity={0.75} strokeWidth="2" />
            <line x1="1" y1="6" x2="6" y2="1" stroke="#ffffff" strokeOpacity={0.75} strokeWidth="2" />
            <line x1="7" y1="11" x2="13" y2="5" stroke="#ffffff" strokeOpacity={0.75} strokeWidth="2" />
          </svg>
          <span>
            {figures.withPractice
              ? 'Projected (hatched; practice GPs by the GP projection, other practice staff held; no 80% range for PCN staff: see below)'
              : 'Projected (hatched; no 80% range: see below)'}
          </span>
        </li>
      </ul>
    </div>
  );
}

/** Memoised: the same figures (memoised by the panel) draw nothing again. */
export const TeamChart = memo(function TeamChart({
  figures,
  name,
  height,
  idBase,
  showKey = true,
  note,
}: {
  figures: TeamChartFigures;
  /** The area's name ("England"). */
  name: string;
  height: number;
  idBase: string;
  showKey?: boolean;
  /** A line under the table link (presentation: the basis). */
  note?: string;
}) {
  const columns: Column<TeamChartRow>[] = [
    { key: 'date', header: 'Date', cell: (r) => r.label },
    ...figures.groups.map((g, i) => ({
      key: g.key,
      header: `${g.label} (FTE)`,
      numeric: true,
      cell: (r: TeamChartRow) => formatNumber(r.values[i] ?? null, 1),
    })),
    { key: 'pcnTotal', header: 'All PCN staff (FTE)', numeric: true, cell: (r: TeamChartRow) => formatNumber(r.pcnTotal, 1) },
    ...(figures.withPractice
      ? [
          {
            key: 'practiceTotal',
            header: 'Practice staff (FTE)',
            numeric: true,
            cell: (r: TeamChartRow) => formatNumber(r.practiceTotal, 1),
          },
          {
            key: 'total',
            header: 'Whole practice team (FTE)',
            numeric: true,
            cell: (r: TeamChartRow) => formatNumber(r.total, 1),
          },
          {
            key: 'gpRange',
            header: 'Practice GPs, 80% range (FTE)',
            numeric: true,
            cell: (r: TeamChartRow) =>
              r.practiceGpRange ? `${formatNumber(r.practiceGpRange.low, 1)} to ${formatNumber(r.practiceGpRange.high, 1)}` : '',
          },
        ]
      : []),
    {
      key: 'basis',
      header: 'Basis',
      cell: (r: TeamChartRow) => {
        const pcn = r.projected ? 'Projected (PCN team levers)' : (coverageNote(r.coverage) ?? 'Recorded');
        return r.practiceBasis ? `${pcn}; practice staff: ${r.practiceBasis}` : pcn;
      },
    },
  ];
  return (
    <div className="team-chart">
      <div className="chart">
        <TeamPlot
          figures={figures}
          height={height}
          idBase={idBase}
          label={`Stacked area chart of ${name}'s ${teamChartWhat(figures)}, recorded at each ${figures.withPractice ? 'PCN file date with practice figures beside it' : 'PCN file date'} and projected (hatched) after the latest. The table below has the same figures. Left and right arrow keys step through the dates.`}
        />
      </div>
      {showKey && <TeamKey figures={figures} />}
      <DataTableDisclosure
        summary="Show the chart's figures as a table"
        caption={`${name}: ${teamChartWhat(figures)}`}
        columns={columns}
        rows={figures.rows}
        rowKey={(r) => String(r.t)}
      />
      {note && <p className="hint">{note}</p>}
    </div>
  );
});

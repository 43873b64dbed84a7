// Presentation mode: the map, the trend for the area on show against England, and its headline figures in
// large type, filling the screen. Arrow keys step the view store's year and area, so the dashboard
// underneath (and the URL) stay in step; Space plays the years; Esc leaves.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { formatNumber, formatSigned } from '../../lib/format';
import { metricConfig, metricValue } from '../../figures/metrics';
import { fyLabel, isProjectedYear } from '../../lib/years';
import { ENGLAND, useLevelRows, type Workforce } from '../../state/workforce/use-workforce';
import { LEVEL_LABELS, useViewStore } from '../../state/stores/view-store';
import { useScenarioStore } from '../../state/stores/scenario-store';
import { targetRate } from '../../figures/headline-figures';
import { needIndexFor } from '../../figures/demand-basis';
import { TrendChart } from '../../components/chart/TrendChart';
import { splitAreaName } from '../../components/map/labels/short-names';
import { CopyLinkButton } from '../../components/ui/CopyLinkButton';
import { viewLink } from '../../state/url/share-links';
import { areaNames } from '../../state/url/use-url-sync';
import type { TrendSource } from '../../figures/trend-series';
import { PresentFigures } from './PresentFigures';
import { PresentTeamChart } from './PresentTeamChart';
import { usePcnFile } from '../../state/workforce/use-pcn-file';
import { playStartYear, presentAction, rankedCodes, stepArea, stepYear, withPrimary, type PresentAction } from './present-keys';
import { trapTab, useModal } from './use-modal';
import './present.css';

/** One year a second while playing. */
export const PLAY_INTERVAL_MS = 1000;

/** Leaflet re-measures its container on window resize (invalidateSize): the overlay and full screen change size. */
const remeasureMaps = () => window.dispatchEvent(new Event('resize'));

/** A place name longer than this (characters) is set a size smaller, so it fits a 1024 px screen in two lines. */
const LONG_NAME = 30;

/** The smallest chart worth drawing (px); below it the presentation would rather scroll than squash. */
const MIN_CHART_HEIGHT = 140;

/** Elements whose own arrow and Space keys matter more than ours (a select, a radio group, a text field). */
const OWNS_KEYS = 'input, select, textarea';

export function PresentationMode({
  workforce,
  sources,
  map,
  onLeave,
}: {
  workforce: Workforce;
  sources: readonly TrendSource[];
  /** The dashboard's map, passed in by the app (features do not import each other). */
  map: ReactNode;
  onLeave: () => void;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const level = useViewStore((s) => s.level);
  const metricKey = useViewStore((s) => s.metric);
  const year = useViewStore((s) => s.year);
  const baseYear = useViewStore((s) => s.baseYear);
  const measure = useViewStore((s) => s.measure);
  const basis = useViewStore((s) => s.patientBasis);
  const setMeasure = useViewStore((s) => s.setMeasure);
  const selected = useViewStore((s) => s.selected);
  const setYear = useViewStore((s) => s.setYear);
  const target = useScenarioStore((s) => s.target);
  const targetYear = useScenarioStore((s) => s.targetYear);
  const demand = useScenarioStore((s) => s.demand);
  const rows = useLevelRows(workforce);
  const ranked = useMemo(() => rankedCodes(rows), [rows]);
  const [playing, setPlaying] = useState(false);
  const [chartHeight, setChartHeight] = useState(240);
  // Which chart the side shows: the GP trend (the default) or the PCN team (loads the PCN file when first chosen).
  const [chartKind, setChartKind] = useState<'trend' | 'team'>('trend');
  const pcn = usePcnFile(chartKind === 'team');
  const chartBox = useRef<HTMLDivElement>(null);
  const { years, dataset } = workforce;
  const lastYear = years[years.length - 1];
  useModal(dialogRef);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onLeave();
  }, [onLeave]);

  const togglePlay = useCallback(() => {
    if (playing) return setPlaying(false);
    setYear(playStartYear(years, useViewStore.getState().year));
    setPlaying(true);
  }, [playing, years, setYear]);

  const act = useCallback(
    (action: PresentAction) => {
      const view = useViewStore.getState();
      if (action === 'previousYear' || action === 'nextYear') setYear(stepYear(years, view.year, action === 'nextYear' ? 1 : -1));
      if (action === 'previousArea' || action === 'nextArea') {
        const code = stepArea(ranked, view.selected[0], action === 'nextArea' ? 1 : -1);
        if (code !== undefined) useViewStore.setState({ selected: withPrimary(view.selected, code) });
      }
      if (action === 'togglePlay') togglePlay();
      if (action === 'leave') leave();
    },
    [years, ranked, setYear, togglePlay, leave],
  );

  // Capture phase: the keys reach us before Leaflet's keyboard panning (which stops them) when the map has focus.
  useEffect(() => {
    const root = dialogRef.current;
    if (!root) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Tab') {
        if (trapTab(root, event)) event.preventDefault();
        return;
      }
      const action = presentAction(event.key);
      if (!action) return;
      const target = event.target instanceof Element ? event.target : null;
      if (action !== 'leave' && target?.closest(OWNS_KEYS)) return;
      // Space on a button or summary keeps its native meaning (the Play button plays; a disclosure opens).
      if (action === 'togglePlay' && target?.closest('button, summary')) return;
      event.preventDefault();
      event.stopPropagation();
      act(action);
    };
    root.addEventListener('keydown', onKey, true);
    return () => root.removeEventListener('keydown', onKey, true);
  }, [act]);

  // The chart takes the height its box has left once the chart's own radios, key and table link are laid
  // out: measured, so it fits at 1280×720 as at 1920×1080, and when full screen or the window resizes.
  useEffect(() => {
    const box = chartBox.current;
    if (!box) return;
    const fit = () => {
      const chart = box.querySelector<HTMLElement>('.chart');
      const trend = box.querySelector<HTMLElement>('.trend, .team-chart');
      if (!chart || !trend) return;
      const chrome = trend.offsetHeight - chart.offsetHeight;
      const available = Math.floor(box.clientHeight - chrome - 4);
      setChartHeight((current) => {
        const next = Math.max(MIN_CHART_HEIGHT, available);
        return Math.abs(next - current) > 2 ? next : current;
      });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    fit();
    return () => observer.disconnect();
  }, [chartKind, pcn.data]);

  // Leaving browser full screen (the browser keeps Esc for itself then) leaves presentation mode too.
  useEffect(() => {
    const onChange = () => (document.fullscreenElement ? remeasureMaps() : leave());
    document.addEventListener('fullscreenchange', onChange);
    const frame = requestAnimationFrame(remeasureMaps);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      cancelAnimationFrame(frame);
    };
  }, [leave]);

  // Playing: one step a second, stopping on the last year. A manual step restarts the second.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = stepYear(years, useViewStore.getState().year, 1);
      setYear(next);
      if (next === lastYear) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, years, lastYear, setYear]);

  const metric = metricConfig(metricKey);
  // The change metrics say "since base year": name the year itself on screen.
  const metricLabel = metric.usesBaseYear ? metric.label.replace('base year', fyLabel(baseYear)) : metric.label;
  const code = selected[0] ?? ENGLAND;
  const areaName = dataset.byCode.get(code)?.name ?? code;
  const shown = splitAreaName(areaName);
  const row = rows.find((r) => r.code === code);
  const value = row ? row.value : metricValue(workforce.series, ENGLAND, metricKey, year, baseYear);
  const valueText = metric.scale === 'diverging' ? formatSigned(value, metric.decimals) : formatNumber(value, metric.decimals);
  const unit = metric.unit === '%' ? '%' : ` ${metric.unit}`;
  const england = dataset.byCode.get(ENGLAND);
  const chartAreas = [
    ...(code !== ENGLAND ? [{ code, name: splitAreaName(areaName).main }] : []),
    ...(england ? [{ code: england.code, name: england.name }] : []),
  ];
  const lastDataYear = dataset.years[dataset.years.length - 1];
  const projected = isProjectedYear(year, lastDataYear);

  return createPortal(
    <div ref={dialogRef} className="present" role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1}>
      <header className="present-top">
        <div className="present-heading" aria-live="polite">
          <h2 className="present-title" title={areaName}>
            <span className={shown.main.length > LONG_NAME ? 'present-area long' : 'present-area'}>
              <span className="present-area-main">{shown.main}</span>
              {shown.context && <span className="present-area-context"> · {shown.context}</span>}
            </span>
            <span className="present-context">
              <span className="present-metric">{metricLabel}</span>{' '}
              <span className="present-level">· {LEVEL_LABELS[level]} areas</span>{' '}
              <span className="present-when">
                ·{' '}
                <span className={projected ? 'present-year projected' : 'present-year'}>
                  {fyLabel(year)}
                  {projected ? ' (projected)' : ''}
                </span>
              </span>
            </span>
          </h2>
          <p className="present-value">
            <span>
              {valueText}
              {value === null ? '' : unit}
            </span>{' '}
            {row && row.rank !== null && <span>{`· rank ${row.rank} of ${rows.length} (1 = highest)`}</span>}
          </p>
        </div>
        <div className="present-actions">
          <button type="button" className="present-button" onClick={togglePlay}>
            {playing ? 'Pause' : 'Play years'}
          </button>
          <CopyLinkButton what="this view" getLink={() => viewLink(areaNames(dataset))} className="present-button secondary" />
          <button type="button" className="present-button secondary" onClick={leave}>
            Leave presentation
          </button>
          <p className="present-keys">← → year · ↑ ↓ area · Space play · Esc leave</p>
        </div>
      </header>
      <div className="present-body">
        <div className="present-map">{map}</div>
        <div className="present-side">
          <PresentFigures workforce={workforce} code={code} year={year} baseYear={baseYear} />
          <fieldset className="present-chart-kind">
            <legend className="visually-hidden">Chart</legend>
            {(
              [
                ['trend', 'GP trend'],
                ['team', 'PCN team'],
              ] as const
            ).map(([kind, label]) => (
              <label key={kind}>
                <input type="radio" name="present-chart-kind" checked={chartKind === kind} onChange={() => setChartKind(kind)} />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <h3 className="present-chart-heading" title={code === ENGLAND ? 'England' : `${areaName} against England`}>
            {chartKind === 'team'
              ? `${code === ENGLAND ? 'England' : shown.main}: practice and PCN staff by group`
              : code === ENGLAND
                ? 'England'
                : `${shown.main} against England`}
          </h3>
          <div className="present-chart" ref={chartBox}>
            {chartKind === 'team' ? (
              <PresentTeamChart
                pcn={pcn}
                workforce={workforce}
                code={code}
                name={code === ENGLAND ? 'England' : shown.main}
                height={chartHeight}
              />
            ) : (
              <TrendChart
                years={years}
                areas={chartAreas}
                englandCode={ENGLAND}
                sources={sources}
                height={chartHeight}
                lastDataYear={lastDataYear}
                baseYear={baseYear}
                mode={measure}
                onMode={setMeasure}
                basis={basis}
                target={{
                  code,
                  value: targetRate({
                    series: workforce.series,
                    code,
                    target,
                    basis,
                    needIndex: workforce.projection ? needIndexFor(workforce.projection.prepared, demand, targetYear) : 1,
                  }),
                  year: targetYear,
                }}
              />
            )}
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}

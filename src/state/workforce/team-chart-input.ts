// The team chart's figures for an area (or England): its PCN staff with its practice staff stacked under them, as the
// dashboard's team panel, presentation mode and the team PNG all draw them. The practice staff files (October 2025
// bulletin tables, the latest bulletin's qualified permanent GPs) load with the PCN file, never on the first screen.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { subIcbsWithin } from '../../data/dataset';
import { practiceStaffQuery } from '../../data/pcn';
import { bulletinLatestQuery } from '../../data/queries';
import type { BulletinLatestFile, PcnFile, PracticeStaffFile } from '../../data/schemas';
import { practiceTeamOf, teamChartFigures, type TeamChartFigures } from '../../figures/team-chart';
import { ENGLAND, type Workforce } from './use-workforce';

export interface PracticeTeamFiles {
  practiceStaff: PracticeStaffFile | null;
  bulletin: BulletinLatestFile | null;
  /** Both files have loaded or failed (the chart then stacks what there is). */
  settled: boolean;
  /** A file could not be loaded. */
  failed: boolean;
}

/** The practice staff files the team chart stacks, fetched once `wanted`. */
export function usePracticeTeamFiles(wanted: boolean): PracticeTeamFiles {
  const staff = useQuery({ ...practiceStaffQuery(), enabled: wanted });
  const bulletin = useQuery({ ...bulletinLatestQuery(), enabled: wanted });
  const done = (q: { isSuccess: boolean; isError: boolean }) => q.isSuccess || q.isError;
  const settled = done(staff) && done(bulletin);
  const failed = staff.isError || bulletin.isError;
  // One object while nothing changes, so the charts' figures memoised on it are not made again on every render.
  return useMemo(
    () => ({ practiceStaff: staff.data ?? null, bulletin: bulletin.data ?? null, settled, failed }),
    [staff.data, bulletin.data, settled, failed],
  );
}

/**
 * The team chart's figures for `code` (England or an area): the PCN staff of its sub-ICBs, with the practice staff
 * under them once their files have settled (PCN staff alone before). Null where the PCN files do not cover the area.
 */
export function teamChartFor(args: {
  workforce: Workforce;
  pcn: PcnFile;
  code: string;
  files: PracticeTeamFiles;
}): TeamChartFigures | null {
  const { workforce, pcn, code, files } = args;
  const { dataset } = workforce;
  const england = code === ENGLAND;
  const area = england ? undefined : dataset.byCode.get(code);
  if (!england && !area) return null;
  const subIcbs = england ? 'england' : subIcbsWithin(dataset, code);
  const practice = files.settled
    ? practiceTeamOf({
        pcnDates: pcn.dates,
        series: workforce.projection?.series ?? dataset.history,
        lastDataYear: dataset.years[dataset.years.length - 1] ?? 0,
        // An ICB of April 2026 made of parts: its whole sub-ICBs, as its PCN staff are.
        seriesCodes: england ? [ENGLAND] : area?.parts ? (subIcbs as string[]) : [code],
        practiceStaff: files.practiceStaff,
        bulletin: files.bulletin,
        fileCodes: england ? ['ENG'] : (subIcbs as string[]),
      })
    : null;
  return teamChartFigures({ pcn, subIcbs, code, projection: workforce.projection?.result.team ?? null, practice });
}

/** An area's (or England's) practice admin and management FTE at October 2025 (not stacked: said in the basis), or null. */
export function practiceAdminOf(files: PracticeTeamFiles, workforce: Workforce, code: string): number | null {
  const file = files.practiceStaff;
  if (!file) return null;
  const codes = code === ENGLAND ? ['ENG'] : subIcbsWithin(workforce.dataset, code);
  let total = 0;
  for (const c of codes) {
    const admin = file.areas.find((a) => a.code === c)?.fte.staffGroups.admin;
    if (admin === undefined) return null;
    total += admin;
  }
  return codes.length > 0 ? Math.round(total * 10) / 10 : null;
}

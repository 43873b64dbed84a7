// The 36 ICBs of April 2026 (icb-2026.json) merged into the areas (areas.json), so that every screen, the link
// and the projection treat "ICB" (36) like any other level while "ICB (2022–2026)" keeps the 42 of areas.json.
//
// Method: an ICB of 2026 that a 2022 ICB had with the same code and the same area (29 of them) is that area: the
// merged file lists it once, and the level "ICB" lists it too. The other 7 are added with level 'icb2026' and their
// recorded series from icb-2026.json; one (QRL, Hampshire and Isle of Wight, which gained part of Frimley) kept a
// 2022 code on a new area, so its area code here is made unique ("QRL-2026") and `publicCode` keeps "QRL".
// Each added ICB is made of whole 2022 sub-ICBs and, where Frimley (D4U1Y) was split, the part of the split sub-ICB
// that its own figures hold beyond its whole sub-ICBs in the last recorded year (FTE, headcount and patients each):
// the projection adds up its sub-ICBs' paths with these parts.
import type { Area, AreasFile, Icb2026File, Icb2026Meta } from './schemas';

/** The merged area code of a 2026 ICB that kept a 2022 code on a new area. */
export const icb2026Key = (code: string) => `${code}-2026`;

type Part = NonNullable<Area['parts']>[number];

const numbers = (values: readonly (number | null)[]): number[] => values.map((v) => v ?? 0);

export function withIcb2026(areas: AreasFile, file: Icb2026File): AreasFile {
  if (file.years.join() !== areas.years.join())
    throw new Error(`its years (${file.years.join(', ')}) are not the areas file's (${areas.years.join(', ')})`);
  const byCode = new Map(areas.areas.map((a) => [a.code, a]));
  const last = areas.years.length - 1;
  const at = (values: readonly (number | null)[]) => values[last] ?? 0;
  const added: Area[] = [];
  const codes: string[] = [];
  for (const icb of file.icbs) {
    const existing = byCode.get(icb.code);
    if (icb.sameAs2022 && existing?.level === 'icb') {
      codes.push(icb.code);
      continue;
    }
    const code = existing ? icb2026Key(icb.code) : icb.code;
    const whole = icb.subIcbs.filter((c) => byCode.get(c)?.level === 'subicb');
    const parts: Part[] = whole.map((c) => ({ code: c, fte: 1, headcount: 1, patients: 1 }));
    // The rest of its figures come from split sub-ICBs: the part of each that lies here.
    for (const split of file.splits) {
      if (!split.to.some((t) => t.icb === icb.code)) continue;
      const from = byCode.get(split.subIcb);
      if (!from) continue;
      const rest = (
        pick: (a: {
          fte: readonly (number | null)[];
          headcount: readonly (number | null)[];
          patients: readonly (number | null)[];
        }) => readonly (number | null)[],
      ) => {
        const own = at(pick(icb)) - whole.reduce((s, c) => s + at(pick(byCode.get(c) as Area)), 0);
        const total = at(pick(from));
        return total > 0 ? Math.min(1, Math.max(0, own / total)) : 0;
      };
      parts.push({
        code: split.subIcb,
        fte: rest((a) => a.fte),
        headcount: rest((a) => a.headcount),
        patients: rest((a) => a.patients),
      });
    }
    codes.push(code);
    added.push({
      code,
      ...(code !== icb.code ? { publicCode: icb.code } : {}),
      onsCode: icb.onsCode,
      name: icb.name,
      formerName: null,
      level: 'icb2026',
      // Its region, for the screens (London's inset, the CSV); never a child in the tree: its figures are its own,
      // and the projection sums it from its parts (projection-data.ts, dataset.ts leave it out of the tree).
      parent: icb.parent,
      fte: numbers(icb.fte),
      headcount: numbers(icb.headcount),
      patients: numbers(icb.patients),
      weightedPatients: icb.weightedPatients,
      practices: numbers(icb.practices),
      locumTraineeFte: numbers(icb.locumTraineeFte),
      nurseFte: icb.nurseFte,
      dpcFte: icb.dpcFte,
      parts,
    });
  }
  const codeOf = new Map(file.icbs.map((icb, i) => [icb.code, codes[i] ?? icb.code]));
  const fromIcb2022: Record<string, Icb2026Meta['fromIcb2022'][string]> = {};
  for (const [old, to] of Object.entries(file.fromIcb2022)) {
    const target = to[0];
    if (!target) continue;
    const code = codeOf.get(target.code) ?? target.code;
    fromIcb2022[old] = { code, changed: code !== old, share: target.share, split: to.length > 1 };
  }
  return { ...areas, areas: [...areas.areas, ...added], icb2026: { codes, fromIcb2022 } };
}

/** Whether an area is in the tree of sums (sub-ICB → ICB → region → England): not one made of parts. */
export const inTree = (area: Pick<Area, 'parts'>): boolean => area.parts === undefined;

/** The code people know an area by ("QRL" for the merged "QRL-2026"). */
export const publicCode = (area: Pick<Area, 'code' | 'publicCode'>): string => area.publicCode ?? area.code;

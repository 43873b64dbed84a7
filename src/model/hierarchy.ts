/**
 * The geography's tree (sub-ICB → ICB → region → England) from each area's parent: the one place it is built.
 *
 * Method: areas grouped under their parent's code, each group in the order the areas were given.
 * Units: none. Sources: the areas' `parent` codes (data/areas.json).
 */

/** Each parent's code → its children (whatever the items are: areas, or their codes' records), in input order. */
export function childrenByParent<T extends { readonly parent: string | null }>(areas: Iterable<T>): Map<string, T[]> {
  const children = new Map<string, T[]>();
  for (const area of areas) {
    if (area.parent === null) continue;
    const siblings = children.get(area.parent);
    if (siblings) siblings.push(area);
    else children.set(area.parent, [area]);
  }
  return children;
}

/** Each parent's code → its children's codes. */
export function childCodesByParent(
  areas: Iterable<{ readonly code: string; readonly parent: string | null }>,
): Map<string, string[]> {
  return new Map([...childrenByParent(areas)].map(([parent, kids]) => [parent, kids.map((kid) => kid.code)]));
}

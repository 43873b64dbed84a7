// "Find an area": a searchable picker over every region, ICB and sub-ICB, by name, former CCG name or code, and
// over places people know (practices by code, name or postcode, PCNs, local authority districts, former CCGs),
// which lead to the area they are counted in; a postcode no practice has leads where its sector's practices are,
// and a misspelling ("Knowsly") finds close spellings when nothing is spelled so. The places file loads when someone first types here.
// The ARIA 1.2 combobox pattern, "list autocomplete with automatic selection" variant: focus stays in the
// text box, the first match is highlighted as you type (aria-activedescendant), arrows move, Enter picks,
// Escape closes (a second Escape clears). Names from data are rendered as React text, never as HTML.
import { isMapLevel } from '../../figures/map-levels';
import { publicCode } from '../../data/icb-2026';
import { useShallow } from 'zustand/react/shallow';
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { placesQuery } from '../../data/places';
import { DATA_FILES, areasQuery, staticFile } from '../../data/queries';
import type { AsWasFile } from '../../data/as-was-schemas';
import type { Area } from '../../data/schemas';
import { LEVEL_LABELS, useViewStore } from '../../state/stores/view-store';
import { areaFindable, matchFindables, MAX_RESULTS, type FindMatch, type Findable } from './match-areas';
import {
  asWasFindables,
  asWasLine,
  matchLine,
  nearPostcode,
  optionMeta,
  placeFindables,
  placeLabel,
  placeTarget,
  type Place,
} from './places';
import { showPractices } from '../../state/stores/practice-view-store';
import './area-picker.css';

/** The option's second line: an area's level and code (and former name when that matched); a place's kind and more. */
function optionText({ item, on }: FindMatch<Place>, areasByCode: ReadonlyMap<string, Area>, areas: readonly Area[]): string {
  const place = item.value;
  if (place.kind !== 'area') return optionMeta(place, placeTarget(place, areasByCode, areas));
  const { area } = place;
  const former = on === 'formerName' && area.formerName ? ` · formerly ${area.formerName}` : '';
  return `${LEVEL_LABELS[isMapLevel(area.level) ? area.level : 'region']} · ${publicCode(area)}${former}`;
}

export function AreaPicker() {
  const id = useId();
  const areas = useQuery(areasQuery());
  const { level, asWas, selectArea, setLevel, setAsWas, setYear } = useViewStore(
    useShallow((s) => ({
      level: s.level,
      asWas: s.asWas,
      selectArea: s.selectArea,
      setLevel: s.setLevel,
      setAsWas: s.setAsWas,
      setYear: s.setYear,
    })),
  );
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  /** The last place chosen and where it led, kept on screen (the live status says it once). */
  const [placeLine, setPlaceLine] = useState('');
  // Places load on the first keystroke only: the first screen never fetches them.
  const [wantPlaces, setWantPlaces] = useState(false);
  const places = useQuery({ ...placesQuery(), enabled: wantPlaces });
  // The CCGs as they were (as-was.json) load on the first keystroke too, their reader fetched then (the same query as
  // the as-was view's): if it cannot load, areas and places are still found.
  const pastCcgs = useQuery<AsWasFile>({
    queryKey: ['data', DATA_FILES.asWas],
    queryFn: async ({ signal }) => (await import('../../data/as-was-queries')).loadAsWasFile(signal),
    ...staticFile,
    enabled: wantPlaces,
  });
  const listRef = useRef<HTMLUListElement>(null);

  const areaList = areas.data?.areas;
  const areasByCode = useMemo(() => new Map((areaList ?? []).map((a) => [a.code, a])), [areaList]);
  const areaItems = useMemo(
    () =>
      (areaList ?? [])
        .filter((a) => a.level !== 'england')
        .map((area): Findable<Place> => ({ ...areaFindable(area), value: { kind: 'area', area } })),
    [areaList],
  );
  const placeItems = useMemo(() => (places.data ? placeFindables(places.data) : []), [places.data]);
  const pastItems = useMemo(() => (pastCcgs.data ? asWasFindables(pastCcgs.data) : []), [pastCcgs.data]);
  const items = useMemo(() => [...areaItems, ...placeItems, ...pastItems], [areaItems, placeItems, pastItems]);
  const { matches, total } = useMemo(() => {
    const found = matchFindables(items, text);
    // A postcode no practice has: the area most practices of its sector (or district) are in, listed first.
    const near = places.data ? nearPostcode(text, places.data) : null;
    if (!near) return found;
    const match: FindMatch<Place> = { item: near, rank: 0, on: 'postcode' };
    return { matches: [match, ...found.matches].slice(0, MAX_RESULTS), total: found.total + 1 };
  }, [items, text, places.data]);
  const closeSpellings = matches.length > 0 && matches.every((m) => m.on === 'closeSpelling');
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Keep the highlighted option in view when arrows move it past the list's scroll edge.
  useLayoutEffect(() => {
    if (!expanded) return;
    const option = listRef.current?.children[active];
    // jsdom has no scrollIntoView; browsers all do.
    if (option && 'scrollIntoView' in option) option.scrollIntoView({ block: 'nearest' });
  }, [active, expanded]);

  const choose = ({ item, on }: FindMatch<Place>) => {
    const place = item.value;
    setText(place.kind === 'area' ? place.area.name : placeLabel(place));
    setOpen(false);
    // A CCG as it was: "CCG (as was)" in its last year, with it picked.
    if (place.kind === 'asWas') {
      setAsWas('ccg', place.id);
      setYear(place.lastYear);
      setAnnouncement(asWasLine(place));
      setPlaceLine(asWasLine(place));
      return;
    }
    const target = placeTarget(place, areasByCode, areaList ?? []);
    if (!target) {
      setAnnouncement(`${placeLabel(place)}: its area is not in the data.`);
      setPlaceLine(`${placeLabel(place)}: its area is not in the data.`);
      return;
    }
    const { area } = target;
    // Show the area on the map too: the map and the Areas table only hold areas at the current level. A pick at
    // the level on screen joins the selection in front (as a click on the map does: earlier picks stay compared);
    // one that moves the map to another level starts the selection afresh with it, since areas of the old level
    // could not be shown beside it on the map or in the table.
    // An ICB of 2022–2026 that is also one of the 36 of April 2026 is on "ICB" too: it stays there.
    const onScreen = asWas === null && level === 'icb2026' && (areas.data?.icb2026?.codes.includes(area.code) ?? false);
    if (isMapLevel(area.level) && area.level !== level && !onScreen) {
      setLevel(area.level);
      selectArea(null);
    } else if (asWas !== null) setLevel(level); // from the geography as it was back to today's, at the same level
    selectArea(area.code);
    // A practice opens the Practice view of its area with the practice picked (highlighted on the map and in the table).
    if (place.kind === 'practice') showPractices(area.code, place.code);
    const line = matchLine(place, target, on);
    setAnnouncement(line);
    setPlaceLine(place.kind === 'area' ? '' : line);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = matches.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (!e.altKey) setActive(e.key === 'ArrowDown' ? 0 : count - 1);
          return;
        }
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + count) % count);
        return;
      }
      case 'Enter': {
        const match = expanded ? matches[active] : undefined;
        if (!match) return;
        e.preventDefault();
        choose(match);
        return;
      }
      case 'Escape':
        e.preventDefault();
        if (expanded) setOpen(false);
        else setText('');
        return;
    }
  };

  // While the places file loads (or if it cannot), the list holds areas only, and says so.
  const placesNote = places.isPending
    ? ' Practices and other places are still loading.'
    : places.isError
      ? ' Practices and other places could not be loaded: areas only.'
      : '';
  const status =
    text.trim() === '' || !open
      ? announcement
      : (total === 0
          ? 'Nothing matches.'
          : closeSpellings
            ? `Nothing is spelled so; ${total} close ${total === 1 ? 'spelling' : 'spellings'}${total > matches.length ? `, showing the first ${matches.length}` : ''}.`
            : `${total} ${total === 1 ? 'match' : 'matches'}${total > matches.length ? `, showing the first ${matches.length}` : ''}.`) +
        placesNote;

  return (
    <div className="area-picker">
      <label htmlFor={`${id}-input`}>Find an area</label>
      <div className="area-picker-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Name, code or postcode"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && matches[active] ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          value={text}
          disabled={!areas.data}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
            setAnnouncement('');
            setPlaceLine('');
            setWantPlaces(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={`${id}-listbox`} role="listbox" aria-label="Matching areas" ref={listRef} hidden={!expanded}>
          {expanded &&
            matches.map((match, i) => (
              <li
                key={match.item.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // Keep focus in the text box, so the click does not blur (and close) the list first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(match)}
              >
                <span className="area-option-name">{match.item.name}</span>
                <span className="area-option-meta"> {optionText(match, areasByCode, areaList ?? [])}</span>
              </li>
            ))}
        </ul>
      </div>
      <span id={`${id}-status`} role="status" className="area-picker-status">
        {status}
      </span>
      {placeLine && <p className="area-picker-match">{placeLine}</p>}
    </div>
  );
}

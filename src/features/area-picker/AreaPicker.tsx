// "Find an area": a searchable picker over every region, ICB and sub-ICB, by name, former CCG name or code.
// The ARIA 1.2 combobox pattern, "list autocomplete with automatic selection" variant: focus stays in the
// text box, the first match is highlighted as you type (aria-activedescendant), arrows move, Enter picks,
// Escape closes (a second Escape clears). Names from data are rendered as React text, never as HTML.
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery } from '../../data/queries';
import type { Area } from '../../data/schemas';
import { LEVEL_LABELS, MAP_LEVELS, useViewStore, type MapLevel } from '../../state/view-store';
import { matchAreas } from './match-areas';

const isMapLevel = (level: Area['level']): level is MapLevel => (MAP_LEVELS as readonly string[]).includes(level);

export function AreaPicker() {
  const id = useId();
  const areas = useQuery(areasQuery());
  const { level, selectArea, setLevel } = useViewStore();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  const { matches, total } = useMemo(() => matchAreas(areas.data?.areas ?? [], text), [areas.data, text]);
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Keep the highlighted option in view when arrows move it past the list's scroll edge.
  useLayoutEffect(() => {
    if (!expanded) return;
    const option = listRef.current?.children[active];
    // jsdom has no scrollIntoView; browsers all do.
    if (option && 'scrollIntoView' in option) option.scrollIntoView({ block: 'nearest' });
  }, [active, expanded]);

  const choose = (area: Area) => {
    selectArea(area.code);
    // Show the area on the map too: the map and the Areas table only hold areas at the current level.
    if (isMapLevel(area.level) && area.level !== level) setLevel(area.level);
    setText(area.name);
    setOpen(false);
    setAnnouncement(`Selected ${area.name}.`);
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
        choose(match.area);
        return;
      }
      case 'Escape':
        e.preventDefault();
        if (expanded) setOpen(false);
        else setText('');
        return;
    }
  };

  const status =
    text.trim() === '' || !open
      ? announcement
      : total === 0
        ? 'No areas match.'
        : `${total} ${total === 1 ? 'area matches' : 'areas match'}${total > matches.length ? `, showing the first ${matches.length}` : ''}.`;

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
          placeholder="Name or code"
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
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={`${id}-listbox`} role="listbox" aria-label="Matching areas" ref={listRef} hidden={!expanded}>
          {expanded &&
            matches.map(({ area, viaFormerName }, i) => (
              <li
                key={area.code}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // Keep focus in the text box, so the click does not blur (and close) the list first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(area)}
              >
                <span className="area-option-name">{area.name}</span>
                <span className="area-option-meta">
                  {' '}
                  {LEVEL_LABELS[isMapLevel(area.level) ? area.level : 'region']} · {area.code}
                  {viaFormerName && area.formerName ? ` · formerly ${area.formerName}` : ''}
                </span>
              </li>
            ))}
        </ul>
      </div>
      <span id={`${id}-status`} role="status" className="area-picker-status">
        {status}
      </span>
    </div>
  );
}

// A sortable column header: a button inside the th, with aria-sort, as in the Areas table.
import type { SortDirection } from './sort-practices';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (next: SortState<K>) => void;
}) {
  const active = sort.key === column;
  const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort({ key: column, direction: next })}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

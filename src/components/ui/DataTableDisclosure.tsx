// A chart's table alternative, behind a disclosure so it is one click (or Enter) away.
import { useId, type ReactNode } from 'react';
import { IsolatedText } from './IsolatedText';
import './table-disclosure.css';

export interface Column<Row> {
  key: string;
  /** Names in it marked with isolate() are shown in a <bdi>. */
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

export function DataTableDisclosure<Row>({
  summary,
  caption,
  columns,
  rows,
  rowKey,
}: {
  summary: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const captionId = useId();
  return (
    <details className="table-disclosure">
      <summary>{summary}</summary>
      {/* The table scrolls inside its box: focusable (and named by the caption) so keyboard users can scroll it. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>
            <IsolatedText text={caption} />
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  <IsolatedText text={c.header} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.key} scope="row">
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

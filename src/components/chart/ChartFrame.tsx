// A recharts chart on the page: as wide as its column (ResponsiveContainer) at the height asked for, and a live
// region that says what the tooltip shows while the keyboard moves it. The keyboard is recharts' accessibility
// layer: Tab focuses the chart (one stop) and shows its first point, the left and right arrow keys step through
// the points, Enter hides or shows the tooltip and Escape hides it. The pointer's tooltip is not read out (it
// would talk over whatever the reader is doing). Every chart keeps a table alternative beside it
// (components/ui/DataTableDisclosure).
import { createContext, useCallback, useRef, useState, type FocusEvent, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import './chart.css';

/** What a chart's tooltip (ChartTooltip) calls with the words it shows, or '' once it hides. */
export const SayContext = createContext<(text: string) => void>(() => undefined);

/** Whether focus came from the keyboard (a click also focuses the chart, which is not worth announcing). */
function focusFromKeyboard(event: FocusEvent): boolean {
  try {
    return event.target.matches(':focus-visible');
  } catch {
    return true;
  }
}

export function ChartFrame({
  height,
  initialWidth = 640,
  children,
}: {
  height: number;
  /** The width drawn at before the column has been measured (and where nothing lays it out, as in jsdom). */
  initialWidth?: number;
  /** The recharts chart (it takes the container's size). */
  children: ReactElement;
}) {
  const keyboard = useRef(false);
  const [spoken, setSpoken] = useState('');
  const say = useCallback((text: string) => setSpoken(keyboard.current ? text : ''), []);
  return (
    <SayContext value={say}>
      <div
        className="chart-plot"
        style={{ height }}
        onKeyDown={() => {
          keyboard.current = true;
        }}
        onFocus={(event) => {
          keyboard.current = focusFromKeyboard(event);
        }}
        onPointerMove={() => {
          keyboard.current = false;
        }}
      >
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: initialWidth, height }}>
          {children}
        </ResponsiveContainer>
      </div>
      <p className="chart-live" aria-live="polite">
        {spoken}
      </p>
    </SayContext>
  );
}

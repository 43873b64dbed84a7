// What a lazily loaded part shows while its code arrives (the dashboard's panels and the side column share them).

export const panelFallback = (
  <p className="loading" role="status">
    Loading…
  </p>
);

/** Holds the chart's place while its code loads, so nothing below it jumps. */
export const chartFallback = (
  <p className="loading chart-placeholder" role="status">
    Loading chart…
  </p>
);

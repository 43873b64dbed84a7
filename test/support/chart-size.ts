// jsdom lays nothing out, so recharts' ResponsiveContainer measures its box as 0 × 0 and draws no chart. In tests
// every responsive container is CHART_TEST_WIDTH px wide and as tall as its own style says (the charts give it
// their height in px), so component tests see the chart a person would.
export const CHART_TEST_WIDTH = 800;

const RESPONSIVE = 'recharts-responsive-container';

function sized(property: 'clientWidth' | 'clientHeight', size: (element: HTMLElement) => number) {
  const own = Object.getOwnPropertyDescriptor(Element.prototype, property);
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains(RESPONSIVE) ? size(this) : ((own?.get?.call(this) as number | undefined) ?? 0);
    },
  });
}

export function sizeChartsInJsdom() {
  // Test files that run in Node (`@vitest-environment node`) have no DOM to size.
  if (typeof HTMLElement === 'undefined') return;
  sized('clientWidth', () => CHART_TEST_WIDTH);
  sized('clientHeight', (element) => parseFloat(element.style.height) || 0);
}

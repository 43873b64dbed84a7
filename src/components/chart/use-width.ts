// The width an element is laid out at, kept up to date as its box resizes, so a chart draws at its real size in px
// (text stays the page's size rather than being scaled with the drawing).
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A ref for the element and its width in whole px. Until it has been laid out (or where nothing lays it out,
 * as in jsdom) the width is `fallback`, so the chart still draws, at a sensible size.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width > 0 ? width : fallback] as const;
}

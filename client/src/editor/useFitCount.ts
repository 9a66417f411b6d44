import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Room between two items of the row, in pixels (the stylesheet's 0.25rem). */
const GAP_PX = 4;

/**
 * How many of a row's items fit on one line, leaving room for a "More" button
 * when some do not. The row draws every item (and the "More" button, last)
 * once, to measure them; after that only the count changes, as the row is
 * resized. `measureKey` changes when the items' widths may have (their labels'
 * language): they are drawn and measured again.
 */
export function useFitCount(row: RefObject<HTMLElement | null>, count: number, measureKey: string): number {
  const [fit, setFit] = useState(count);
  const widths = useRef<number[] | null>(null);

  useLayoutEffect(() => {
    widths.current = null;
    setFit(count);
  }, [count, measureKey]);

  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const compute = () => {
      if (!widths.current) {
        const children = Array.from(element.children) as HTMLElement[];
        // Every item and the "More" button must be drawn to be measured.
        if (children.length < count + 1) return;
        widths.current = children.map((child) => child.getBoundingClientRect().width);
      }
      const style = getComputedStyle(element);
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const items = widths.current.slice(0, count);
      const more = widths.current[count];
      const all = items.reduce((sum, w) => sum + w + GAP_PX, -GAP_PX);
      if (all <= room) return setFit(count);
      let used = more;
      let k = 0;
      while (k < count && used + items[k] + GAP_PX <= room) used += items[k++] + GAP_PX;
      setFit(k);
    };
    compute();
    const resize = new ResizeObserver(compute);
    resize.observe(element);
    return () => resize.disconnect();
  }, [row, count, measureKey, fit]);

  return fit;
}

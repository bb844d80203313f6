import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scroller must be reachable by keyboard
 * (WCAG 2.1.1), hence the tabIndex, and named, hence the labelled region.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll it.
    <section className="table--responsive-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

/** Label–value pairs as a description list; rows without a value are left out. */
export function FactList({ facts, label }: { facts: [string, ReactNode][]; label?: string }) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== false);
  if (shown.length === 0) return null;
  return (
    <dl className="fact-list" aria-label={label}>
      {shown.map(([term, value]) => (
        <div key={term} className="fact-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

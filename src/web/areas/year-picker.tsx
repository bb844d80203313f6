import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAreaT } from './area-messages';

const YEARS = Array.from(
  { length: new Date().getFullYear() - 2013 + 1 },
  (_, i) => new Date().getFullYear() - i,
);

/** The list year in the URL (?aar=2024); empty = the latest year with figures. */
export function YearPicker({ year }: { year: number | undefined }) {
  const t = useAreaT();
  const id = useId();
  const [params, setParams] = useSearchParams();
  return (
    <div className="form-group year-picker">
      <label className="form-label" htmlFor={id}>
        {t.listYear}
      </label>
      <select
        id={id}
        className="form-select"
        value={year ?? ''}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.target.value) next.set('aar', e.target.value);
          else next.delete('aar');
          setParams(next);
        }}
      >
        <option value="">–</option>
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

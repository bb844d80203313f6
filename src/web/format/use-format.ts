import { useMemo } from 'react';
import { INDICATOR_INFO, type StatisticIndicator } from '../../domain/statistics/indicators';
import { useT } from '../i18n/i18n';
import { formatDate, formatFigure, formatMoney } from './format';

interface Figure {
  indicator: StatisticIndicator;
  value: number;
  valueMax: number | null;
  isApproximate: boolean;
}

/** Formatters that need words of the current language ("ca.", "fra", "gange årligt"). */
export function useFormat() {
  const t = useT();
  return useMemo(
    () => ({
      money: (ore: number, isApproximate = false) => formatMoney(ore, isApproximate, t.common.approx),
      figure: (figure: Figure) =>
        formatFigure(figure, INDICATOR_INFO[figure.indicator].unit, t.common.approx),
      /** "01.09.2021–31.08.2025", "fra 01.09.2021" or null. */
      period: (start: string | null, end: string | null): string | null => {
        if (start && end) return `${formatDate(start)}–${formatDate(end)}`;
        if (start) return t.common.periodFrom(formatDate(start));
        if (end) return t.common.periodTo(formatDate(end));
        return null;
      },
    }),
    [t],
  );
}

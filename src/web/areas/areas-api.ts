import type { z } from 'zod';
import type { AreaDetail, AreaSummary } from '../../server/areas/areas.schema';
import type {
  areaVerdictSchema,
  seriesSchema,
  verdictListSchema,
  watchListSchema,
} from '../../server/areas/classification.schema';
import type { Statistic } from '../../server/plans/plan-detail.schema';
import { getJson } from '../api/api-client';

export type AreaVerdict = z.infer<typeof areaVerdictSchema>;
export type AreaSeries = z.infer<typeof seriesSchema>;
export type VerdictList = z.infer<typeof verdictListSchema>;
export type WatchList = z.infer<typeof watchListSchema>;

interface Page<T> {
  items: T[];
  total: number;
}

const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};
const enc = encodeURIComponent;

export const getArea = (key: string, signal?: AbortSignal) =>
  getJson<AreaDetail>(`/api/statutory-areas/${enc(key)}`, signal);
export const getAreaVerdict = (key: string, year: number | undefined, signal?: AbortSignal) =>
  getJson<AreaVerdict>(`/api/statutory-areas/${enc(key)}/verdict${q({ year })}`, signal);
export const getAreaSeries = (key: string, year: number | undefined, signal?: AbortSignal) =>
  getJson<AreaSeries>(`/api/statutory-areas/${enc(key)}/series${q({ year })}`, signal);
export const getAreaStatistics = (key: string, signal?: AbortSignal) =>
  getJson<Page<Statistic>>(`/api/statutory-areas/${enc(key)}/statistics?limit=500`, signal);
export const getMunicipalityStatistics = (key: string, signal?: AbortSignal) =>
  getJson<Page<Statistic>>(`/api/municipalities/${enc(key)}/statistics?limit=500`, signal);
export const getCountryStatistics = (signal?: AbortSignal) =>
  getJson<Page<Statistic>>('/api/country-statistics?limit=500', signal);
export const listAreasOfDepartment = (department: string, signal?: AbortSignal) =>
  getJson<Page<AreaSummary>>(`/api/statutory-areas${q({ department, limit: 5 })}`, signal);
export const getVerdicts = (municipality: string, year: number | undefined, signal?: AbortSignal) =>
  getJson<VerdictList>(`/api/classification${q({ municipality, year })}`, signal);
export const getWatchList = (
  municipality: string | undefined,
  year: number | undefined,
  signal?: AbortSignal,
) => getJson<WatchList>(`/api/classification/watch-list${q({ municipality, year })}`, signal);

import type { ColumnDefinition } from '../columns/column-definition';
import { AGE_BANDS, type AgeBand, type Gender } from '../participants/participant';

/**
 * The columns of an attendance file: one row per fremmøde (docs/attendance-import.md). Rows with
 * the same date, activity, afdeling and place are one session; a row carries a participant code,
 * or a head count for an open event, and may add a volunteer's hours.
 */
export const ATTENDANCE_COLUMNS: readonly ColumnDefinition[] = [
  {
    key: 'date',
    label: 'Dato',
    required: true,
    aliases: ['Mødedato', 'Aktivitetsdato', 'Date'],
    help: 'Dato (24.11.2026 eller 2026-11-24)',
  },
  {
    key: 'activity',
    label: 'Indsats',
    required: true,
    aliases: ['Aktivitet', 'Indsatsnavn', 'Activity'],
    help: 'Indsatsens navn, som i planen (store/små bogstaver er ligegyldige)',
  },
  {
    key: 'department',
    label: 'Afdeling',
    required: false,
    aliases: ['Boligafdeling', 'Department'],
    help: 'Valgfri: navn eller kortnavn på en af planens afdelinger',
  },
  { key: 'place', label: 'Sted', required: false, aliases: ['Lokale', 'Adresse', 'Place'] },
  {
    key: 'code',
    label: 'Deltagerkode',
    required: false,
    aliases: ['Kode', 'Deltager', 'Deltager-id', 'Participant'],
    help: 'Den pseudonyme kode; en ny kode opretter deltageren',
  },
  {
    key: 'ageBand',
    label: 'Aldersgruppe',
    required: false,
    aliases: ['Alder', 'Age band'],
    help: `Kun for nye koder: ${AGE_BANDS.join(', ')}`,
  },
  {
    key: 'gender',
    label: 'Køn',
    required: false,
    aliases: ['Gender'],
    help: 'Kun for nye koder (eller med Antal): pige/kvinde, dreng/mand, andet',
  },
  {
    key: 'count',
    label: 'Antal',
    required: false,
    aliases: ['Antal deltagere', 'Fremmødte', 'Count'],
    help: 'I stedet for en kode: antal deltagere ved et åbent arrangement (med Køn: heraf)',
  },
  {
    key: 'volunteer',
    label: 'Frivillig',
    required: false,
    aliases: ['Frivilligkode', 'Volunteer'],
    help: 'Valgfri: en af planens frivillige (kode eller navn)',
  },
  {
    key: 'hours',
    label: 'Timer',
    required: false,
    aliases: ['Frivillig timer', 'Frivilligtimer', 'Hours'],
    help: 'Den frivilliges timer (fx 2,5)',
  },
];

const compact = (text: string) =>
  text.trim().toLowerCase().replaceAll(/[\s.]/g, '').replaceAll(/[–—]/g, '-').replace(/år$/, '');

/** "13-17", "13–17 år", "65+" → the age band, or undefined. */
export function ageBandOf(text: string): AgeBand | undefined {
  const c = compact(text);
  return AGE_BANDS.find((band) => band === c);
}

const GENDER_WORDS: Record<string, Gender> = {
  pige: 'female',
  kvinde: 'female',
  'pige/kvinde': 'female',
  k: 'female',
  p: 'female',
  f: 'female',
  female: 'female',
  dreng: 'male',
  mand: 'male',
  'dreng/mand': 'male',
  d: 'male',
  m: 'male',
  male: 'male',
  andet: 'other',
  a: 'other',
  other: 'other',
};

/** "Pige", "kvinde", "K", "dreng/mand", "andet" … → the gender, or undefined. */
export function genderOf(text: string): Gender | undefined {
  return GENDER_WORDS[compact(text)];
}

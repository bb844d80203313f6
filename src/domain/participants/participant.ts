/**
 * Participants are pseudonymous: a generated code plus optional age band, gender and afdeling.
 * Never a name, a CPR number or a birth date (issue #3 §4; GDPR data minimisation).
 */
export const AGE_BANDS = ['0-5', '6-12', '13-17', '18-24', '25-29', '30-49', '50-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = {
  female: 'Pige/kvinde',
  male: 'Dreng/mand',
  other: 'Andet',
};

/** Unambiguous characters only (no 0/O, 1/I/L), so a code read aloud or handwritten survives. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A participant code such as "HB-7K3Q9M": plan prefix + 6 random characters (~1 billion codes). */
export function generateParticipantCode(prefix: string, random: (n: number) => Uint8Array): string {
  const bytes = random(6);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return `${
    prefix
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .slice(0, 3) || 'P'
  }-${code}`;
}

/**
 * Danish CPR numbers: ddmmyy-xxxx or ddmmyyxxxx with a real date. Free text must not carry them;
 * the check is deliberately on the date part only (modulus-11 was dropped in 2007).
 */
const CPR_PATTERN = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})[-\s]?(\d{4})(?!\d)/;

export function containsCprNumber(text: string): boolean {
  const match = CPR_PATTERN.exec(text);
  if (!match) return false;
  const [, dd, mm] = match;
  const day = Number(dd);
  const month = Number(mm);
  const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

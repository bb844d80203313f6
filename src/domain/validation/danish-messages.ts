import { z } from 'zod';

/**
 * Zod's messages in plain Danish for every field without a hand-written message, without type
 * names or codes ("Skal være et tal", not "Ugyldigt input: forventede number, fik string");
 * the API prefixes the field's label (field-labels.ts). Zod's Danish locale covers the rest.
 * Imported for its effect by each schema module.
 */
const n = (v: unknown) =>
  typeof v === 'number' || typeof v === 'bigint'
    ? new Intl.NumberFormat('da-DK').format(v as number)
    : String(v);

const TYPE_MESSAGES: Record<string, string> = {
  number: 'Skal være et tal',
  int: 'Skal være et helt tal',
  string: 'Skal være tekst',
  boolean: 'Skal være ja eller nej',
  array: 'Skal være en liste',
  object: 'Skal udfyldes korrekt',
  date: 'Skal være en dato',
};

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Skal være en e-mailadresse',
  uuid: 'Skal være et gyldigt id',
  date: 'Skal være en dato (ÅÅÅÅ-MM-DD)',
  datetime: 'Skal være et tidspunkt',
  url: 'Skal være en webadresse',
  regex: 'Har et forkert format',
};

z.config(z.locales.da());
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) return 'Skal udfyldes';
        return TYPE_MESSAGES[issue.expected] ?? 'Har en forkert type';
      case 'too_small':
        if (issue.origin === 'string')
          return Number(issue.minimum) <= 1 ? 'Skal udfyldes' : `Skal være mindst ${n(issue.minimum)} tegn`;
        if (issue.origin === 'array' || issue.origin === 'set') return `Skal have mindst ${n(issue.minimum)}`;
        return issue.inclusive
          ? `Skal være mindst ${n(issue.minimum)}`
          : `Skal være større end ${n(issue.minimum)}`;
      case 'too_big':
        if (issue.origin === 'string') return `Må højst være ${n(issue.maximum)} tegn`;
        if (issue.origin === 'array' || issue.origin === 'set') return `Må højst have ${n(issue.maximum)}`;
        return issue.inclusive
          ? `Må højst være ${n(issue.maximum)}`
          : `Skal være mindre end ${n(issue.maximum)}`;
      case 'invalid_value':
        return 'Skal være en af de mulige værdier';
      case 'invalid_format':
        return FORMAT_MESSAGES[issue.format] ?? 'Har et forkert format';
      case 'not_multiple_of':
        return 'Har for mange decimaler';
      case 'unrecognized_keys':
        return 'Indeholder felter, der ikke kendes';
      default:
        return undefined;
    }
  },
});

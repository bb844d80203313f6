/** Who pays (facts.md §2.2). */
export const FINANCING_SOURCES = [
  'lbf',
  'municipality',
  'housingOrganisation',
  'department',
  'externalFoundation',
  'other',
] as const;
export type FinancingSource = (typeof FINANCING_SOURCES)[number];

/**
 * How it is paid. `unspecified` exists because seeds often give a source's total without the
 * cash/in-kind split (Holbæk's kommune 7.776.000), and we never invent a split.
 */
export const FINANCING_KINDS = ['cash', 'inKindHours', 'inKindPremises', 'unspecified'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

/**
 * `plan` lines make up the plan's total. `departmentCoFinancing` lines itemise one afdeling's
 * contribution (Holbæk's table of cash vs hours/premises); the seed does not say how that table
 * relates to the organisations' total, so it is never added to the plan total.
 */
export const FINANCING_SCOPES = ['plan', 'departmentCoFinancing'] as const;
export type FinancingScope = (typeof FINANCING_SCOPES)[number];

export const FINANCING_SOURCE_LABELS: Record<FinancingSource, string> = {
  lbf: 'Landsbyggefonden',
  municipality: 'Kommunen',
  housingOrganisation: 'Boligorganisation(er)',
  department: 'Afdeling',
  externalFoundation: 'Ekstern fond',
  other: 'Anden',
};
export const FINANCING_KIND_LABELS: Record<FinancingKind, string> = {
  cash: 'Kontant',
  inKindHours: 'Timer',
  inKindPremises: 'Lokaler',
  unspecified: 'Ikke opdelt',
};

export const PARTNER_TYPES = [
  'municipalDepartment',
  'school',
  'daycare',
  'club',
  'ngo',
  'association',
  'cultureInstitution',
  'business',
  'police',
  'foundation',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  municipalDepartment: 'Kommunal forvaltning/afdeling',
  school: 'Skole/uddannelse',
  daycare: 'Dagtilbud',
  club: 'Klub',
  ngo: 'NGO',
  association: 'Forening',
  cultureInstitution: 'Kulturinstitution',
  business: 'Virksomhed',
  police: 'Politi',
  foundation: 'Fond',
  other: 'Andet',
};

import type * as t from '../../db/schema/index';
import type { DepartmentSummary } from './departments.schema';

export const toDepartmentSummary = (d: typeof t.departments.$inferSelect): DepartmentSummary => ({
  id: d.id,
  slug: d.slug,
  name: d.name,
  kind: d.kind,
  municipalityId: d.municipalityId,
  organisationId: d.organisationId,
  units: d.units,
  residents: d.residents,
});

/**
 * The vocabulary of a budget (issue #5). A budget line is one cost post for one year; its
 * financings say who pays it and how (cash, hours, premises — financing-kinds.ts).
 */
export const BUDGET_CATEGORIES = [
  'salaries',
  'premises',
  'activities',
  'administration',
  'evaluation',
  'other',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  salaries: 'Løn',
  premises: 'Lokaler',
  activities: 'Aktiviteter',
  administration: 'Administration',
  evaluation: 'Evaluering',
  other: 'Øvrigt',
};

/** The applied budget, the approved one, and later revisions (each a full copy). */
export const BUDGET_VERSION_KINDS = ['applied', 'approved', 'revision'] as const;
export type BudgetVersionKind = (typeof BUDGET_VERSION_KINDS)[number];

export const BUDGET_VERSION_KIND_LABELS: Record<BudgetVersionKind, string> = {
  applied: 'Ansøgt',
  approved: 'Godkendt',
  revision: 'Revision',
};

/** A draft can be edited; an approved version is frozen (a change is a new revision). */
export const BUDGET_VERSION_STATUSES = ['draft', 'approved'] as const;
export type BudgetVersionStatus = (typeof BUDGET_VERSION_STATUSES)[number];

/** For a municipality's share: which part of its model the money is for (facts.md §5). */
export const MUNICIPALITY_PURPOSES = ['secondmentAndActivities', 'coordination'] as const;
export type MunicipalityPurpose = (typeof MUNICIPALITY_PURPOSES)[number];

/** Where a spending entry came from. */
export const SPENDING_ORIGINS = ['manual', 'import'] as const;
export type SpendingOrigin = (typeof SPENDING_ORIGINS)[number];

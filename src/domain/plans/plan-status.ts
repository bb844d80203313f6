/** The life of a plan, in the order LBF's process runs it (facts.md §2.3–2.5). */
export const PLAN_STATUSES = [
  'idea',
  'prequalification',
  'application',
  'approved',
  'active',
  'completed',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, { da: string; en: string }> = {
  idea: { da: 'Idé', en: 'Idea' },
  prequalification: { da: 'Prækvalifikation', en: 'Prequalification' },
  application: { da: 'Ansøgning', en: 'Application' },
  approved: { da: 'Godkendt', en: 'Approved' },
  active: { da: 'I gang', en: 'Active' },
  completed: { da: 'Afsluttet', en: 'Completed' },
};

/**
 * A plan moves one step forward at a time, may be sent back one step (e.g. an application
 * returned for the LBF dialogue), and a completed plan is closed for good.
 */
export function canChangePlanStatus(from: PlanStatus, to: PlanStatus): boolean {
  if (from === to) return true;
  if (from === 'completed') return false;
  const delta = PLAN_STATUSES.indexOf(to) - PLAN_STATUSES.indexOf(from);
  return delta === 1 || delta === -1;
}

/** How a plan relates to the plan(s) it continues: Køge replaces 2017–21; Amager merges two. */
export const PREDECESSOR_KINDS = ['replaces', 'mergedFrom'] as const;
export type PredecessorKind = (typeof PREDECESSOR_KINDS)[number];

export const STAFF_ROLES = ['projectLeader', 'socialWorker', 'coordinator', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  projectLeader: 'Boligsocial projektleder',
  socialWorker: 'Boligsocial medarbejder',
  coordinator: 'Koordinator',
  other: 'Andet',
};

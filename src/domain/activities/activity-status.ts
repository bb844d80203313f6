export const ACTIVITY_STATUSES = ['planned', 'active', 'paused', 'completed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Planlagt',
  active: 'I gang',
  paused: 'Sat på pause',
  completed: 'Afsluttet',
};

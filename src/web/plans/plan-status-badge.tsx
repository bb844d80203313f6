import type { PlanStatus } from '../../domain/plans/plan-status';
import { useT } from '../i18n/i18n';

const BADGE_CLASS: Record<PlanStatus, string> = {
  idea: 'badge',
  prequalification: 'badge badge-warning',
  application: 'badge badge-warning',
  approved: 'badge badge-info',
  active: 'badge badge-success',
  completed: 'badge',
};

/** A plan's status as a DKFDS badge (DKFDS tags are interactive; badges are for status). */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return <span className={BADGE_CLASS[status]}>{t.labels.planStatus[status]}</span>;
}

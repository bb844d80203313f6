import type { PlanWriteInfo } from './plan-write-guard';
import type { PlanWriteStateOut } from './plan-write-state.schema';

export function toPlanWriteStateOut(info: PlanWriteInfo): PlanWriteStateOut {
  return {
    writable: info.state.writable,
    readOnlyReason: info.state.writable ? null : info.state.reason,
    reopenedAt: info.reopenedAt,
    reopenReason: info.reopenReason,
  };
}

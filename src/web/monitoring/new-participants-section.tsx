import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { ageBandChoices, departmentChoices, genderChoices, SelectField } from './form-fields';
import { FormRows, patchRow } from './form-rows';
import type { NewRow } from './register-form-state';

/** "Nye deltagere": one row per new participant — age band, gender and afdeling, never a name. */
export function NewParticipantsSection({
  id,
  plan,
  errors,
  rows,
  onRows,
  onAdd,
}: {
  id: string;
  plan: PlanDetail;
  errors: Record<string, string>;
  rows: NewRow[];
  onRows(update: (rows: NewRow[]) => NewRow[]): void;
  onAdd(): void;
}) {
  const m = useT().monitoring;
  const patch = (key: number, change: Partial<NewRow>) => onRows((all) => patchRow(all, key, change));
  return (
    <div className="register-new">
      <h3 className="form-label h5 mb-0">{m.register.newParticipants}</h3>
      <FormRows
        rows={rows}
        hint={m.register.newParticipantsHint}
        legend={m.register.newRow}
        onRemove={(key) => onRows((all) => all.filter((r) => r.key !== key))}
        addIcon="person-add"
        addLabel={m.register.addParticipant}
        onAdd={onAdd}
      >
        {(row, index) => (
          <>
            <SelectField
              id={`${id}-new-${row.key}-age`}
              label={m.register.ageBand}
              error={errors[`newParticipants.${index}.ageBand`]}
              value={row.ageBand}
              onChange={(ageBand) => patch(row.key, { ageBand })}
              empty={m.notStated}
              choices={ageBandChoices(m)}
            />
            <SelectField
              id={`${id}-new-${row.key}-gender`}
              label={m.register.gender}
              error={errors[`newParticipants.${index}.gender`]}
              value={row.gender}
              onChange={(gender) => patch(row.key, { gender })}
              empty={m.notStated}
              choices={genderChoices(m)}
            />
            <SelectField
              id={`${id}-new-${row.key}-dep`}
              label={m.register.department}
              error={errors[`newParticipants.${index}.departmentId`]}
              value={row.departmentId}
              onChange={(departmentId) => patch(row.key, { departmentId })}
              empty={m.notStated}
              choices={departmentChoices(plan)}
            />
          </>
        )}
      </FormRows>
    </div>
  );
}

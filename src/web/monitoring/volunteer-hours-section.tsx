import type { ApiState } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { InputField, SelectField } from './form-fields';
import { FormRows, patchRow } from './form-rows';
import type { VolunteerOut } from './monitoring-api';
import { type VolunteerRow, volunteerPath } from './register-form-state';

/** "Frivillige": who helped and for how many hours; a new volunteer gets a code on save. */
export function VolunteerHoursSection({
  id,
  errors,
  volunteers,
  rows,
  onRows,
  onAdd,
}: {
  id: string;
  errors: Record<string, string>;
  volunteers: ApiState<VolunteerOut[]>;
  rows: VolunteerRow[];
  onRows(update: (rows: VolunteerRow[]) => VolunteerRow[]): void;
  onAdd(): void;
}) {
  const m = useT().monitoring;
  const patch = (key: number, change: Partial<VolunteerRow>) => onRows((all) => patchRow(all, key, change));
  // The active volunteers first, then "new volunteer" (value '') last.
  const choices = [
    ...(volunteers.status === 'success'
      ? volunteers.data
          .filter((v) => v.active)
          .map((v) => ({ value: v.id, label: v.name ? `${v.code} – ${v.name}` : v.code }))
      : []),
    { value: '', label: m.register.newVolunteer },
  ];
  return (
    <fieldset>
      <legend className="h3">{m.register.volunteers}</legend>
      <FormRows
        rows={rows}
        hint={m.register.volunteersHint}
        legend={m.register.volunteerRow}
        onRemove={(key) => onRows((all) => all.filter((r) => r.key !== key))}
        addIcon="plus"
        addLabel={m.register.addVolunteer}
        onAdd={onAdd}
      >
        {(row, index) => (
          <>
            <SelectField
              id={`${id}-vol-${row.key}-who`}
              label={m.register.volunteer}
              error={errors[`${volunteerPath(rows, index)}.volunteerId`]}
              value={row.volunteerId}
              onChange={(volunteerId) => patch(row.key, { volunteerId })}
              choices={choices}
            />
            <InputField
              id={`${id}-vol-${row.key}-hours`}
              label={m.register.hours}
              error={errors[`${volunteerPath(rows, index)}.hours`]}
              className="form-input input-width-xs"
              inputMode="decimal"
              value={row.hours}
              onChange={(hours) => patch(row.key, { hours })}
            />
          </>
        )}
      </FormRows>
    </fieldset>
  );
}

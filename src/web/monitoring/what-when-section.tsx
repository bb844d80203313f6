import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { ActivityOptions, departmentChoices, InputField, SelectField } from './form-fields';
import type { SessionDetails } from './register-form-state';
import { ToggleList } from './toggle-list';

/** "Hvad og hvornår": activity, date, afdeling, place and the staff who ran it. */
export function WhatWhenSection({
  id,
  plan,
  errors,
  details,
  onChange,
  onActivity,
}: {
  id: string;
  plan: PlanDetail;
  errors: Record<string, string>;
  details: SessionDetails;
  onChange(patch: Partial<SessionDetails>): void;
  onActivity(activityId: string): void;
}) {
  const m = useT().monitoring;
  // Staff without a name are told apart by number within their title ("Mentor 2").
  const staffLabels = plan.staff.map((s, i) => {
    const same = plan.staff.filter((o) => o.title === s.title);
    const n = same.indexOf(s) + 1;
    return {
      value: s.id,
      inputId: `${id}-staff-${i}`,
      label: s.name ? `${s.name} (${s.title})` : same.length > 1 ? `${s.title} ${n}` : s.title,
    };
  });
  return (
    <fieldset>
      <legend className="h3">{m.register.whatWhen}</legend>
      <SelectField
        id={`${id}-activity`}
        label={m.register.activity}
        error={errors.activityId}
        hint={m.register.activityHint}
        className="form-select register-wide"
        value={details.activityId}
        onChange={onActivity}
        empty={m.register.chooseActivity}
      >
        <ActivityOptions plan={plan} />
      </SelectField>
      <div className="register-pair">
        <InputField
          id={`${id}-date`}
          label={m.register.date}
          error={errors.date}
          type="date"
          className="form-input input-width-s"
          value={details.date}
          required
          onChange={(date) => onChange({ date })}
        />
        <SelectField
          id={`${id}-department`}
          label={m.register.department}
          error={errors.departmentId}
          value={details.departmentId}
          onChange={(departmentId) => onChange({ departmentId })}
          empty={m.register.noDepartment}
          choices={departmentChoices(plan)}
        />
      </div>
      <InputField
        id={`${id}-place`}
        label={m.register.place}
        hint={m.register.placeHint}
        error={errors.place}
        className="form-input register-wide"
        value={details.place}
        autoComplete="off"
        maxLength={200}
        onChange={(place) => onChange({ place })}
      />
      {staffLabels.length > 0 && (
        <fieldset className={`form-group${errors.staffIds ? ' form-error' : ''}`}>
          <legend className="form-label">{m.register.staff}</legend>
          {errors.staffIds && <span className="form-error-message">{errors.staffIds}</span>}
          <ToggleList
            toggles={staffLabels}
            selected={details.staffIds}
            onChange={(update) => onChange({ staffIds: update(details.staffIds) })}
          />
        </fieldset>
      )}
    </fieldset>
  );
}

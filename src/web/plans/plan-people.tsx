import { PARTNER_TYPES } from '../../domain/partners/partner-types';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';

/** The plan's staff and its partners, grouped by type in a fixed order. */
export function PlanPeople({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const groups = PARTNER_TYPES.map((type) => ({
    type,
    partners: plan.partners.filter((p) => p.type === type),
  })).filter((g) => g.partners.length > 0);
  const hasNames = plan.staff.some((s) => s.name);
  const hasHours = plan.staff.some((s) => s.weeklyHours !== null);
  // The role column only says something when a title differs from its role's name.
  const hasRoles = plan.staff.some((s) => s.title !== t.labels.staffRole[s.role]);

  return (
    <>
      <h3>{t.plan.staffTitle}</h3>
      {plan.staff.length === 0 ? (
        <p>{t.plan.noStaff}</p>
      ) : (
        <>
          <p>{t.plan.staffCount(plan.staff.length)}</p>
          <table className="table table--borderless staff-table">
            <caption className="sr-only">{t.plan.staffCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.plan.colTitle}</th>
                {hasNames && <th scope="col">{t.plan.colName}</th>}
                {hasRoles && <th scope="col">{t.plan.colRole}</th>}
                {hasHours && (
                  <th scope="col" className="amount-cell">
                    {t.plan.colHours}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {plan.staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="row-label">
                    {s.title}
                  </th>
                  {hasNames && <td>{s.name ?? t.common.notStated}</td>}
                  {hasRoles && <td>{t.labels.staffRole[s.role]}</td>}
                  {hasHours && (
                    <td className="amount-cell">
                      {s.weeklyHours === null ? t.common.notStated : formatNumber(s.weeklyHours)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>{t.plan.partnersTitle}</h3>
      {groups.length === 0 ? (
        <p>{t.plan.noPartners}</p>
      ) : (
        <div className="row partner-groups">
          {groups.map((g) => (
            <div key={g.type} className="col-12 col-md-6 col-lg-4 mb-5">
              <h4 className="h5">{t.labels.partnerType[g.type]}</h4>
              <ul>
                {g.partners.map((p) => (
                  <li key={p.id}>
                    {p.name}
                    {p.contributionInsidePlan && (
                      <span className="figure-year">
                        {t.plan.contributionInside}: {p.contributionInsidePlan}
                      </span>
                    )}
                    {p.contributionOutsidePlan && (
                      <span className="figure-year">
                        {t.plan.contributionOutside}: {p.contributionOutsidePlan}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </>
  );
}

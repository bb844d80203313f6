import { type ReactNode, useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Contact, PlanDetail } from '../../server/plans/plan-detail.schema';
import { getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageToc } from '../layout/page-toc';
import { ContactList } from './contact-list';
import { PlanAreas } from './plan-areas';
import { PlanFinancing } from './plan-financing';
import { PlanFocusAreas } from './plan-focus-areas';
import { PlanGovernance } from './plan-governance';
import { PlanHeader } from './plan-header';
import { PlanNetworks } from './plan-networks';
import { PlanPeople } from './plan-people';
import { PlanWriteState, usePlanWriteState } from './plan-write-state';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="plan-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Whom to call: the plan's own contacts, or else those of its board, fora and networks, so a
 * resident never meets an empty "Kontakt" while a phone number is further up the page.
 */
function contactsOf(plan: PlanDetail): Contact[] {
  if (plan.contacts.length > 0) return plan.contacts;
  const all = [...plan.bodies.flatMap((b) => b.contacts), ...plan.networks.flatMap((n) => n.contacts)];
  return all.filter((c, i) => all.findIndex((d) => d.id === c.id) === i);
}

function PlanContent({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const contacts = contactsOf(plan);
  const session = useSession();
  const scope = { planId: plan.id, municipalityId: plan.municipality.id };
  const { hash } = useLocation();
  const writeState = usePlanWriteState(plan.id);
  // A read-only plan (decision 016) offers no write links; reading stays open.
  const writable = writeState.status !== 'success' || writeState.data.writable;
  const sections: { id: string; title: string; content: ReactNode }[] = [
    { id: 'omraader', title: t.plan.areasTitle, content: <PlanAreas plan={plan} /> },
    {
      id: 'indsatser',
      title: t.plan.focusAreasTitle,
      content: (
        <>
          <p>
            <Link to={`/planer/${plan.slug}/fremdrift`}>{t.monitoring.progress.link}</Link>
          </p>
          <PlanFocusAreas plan={plan} />
        </>
      ),
    },
    {
      id: 'oekonomi',
      title: t.plan.financingTitle,
      content: (
        <>
          <PlanFinancing plan={plan} />
          <p>
            <Link to={`/planer/${plan.slug}/budget`}>{t.budget.link}</Link>
          </p>
        </>
      ),
    },
    { id: 'medarbejdere', title: t.plan.peopleTitle, content: <PlanPeople plan={plan} /> },
    { id: 'organisering', title: t.plan.governanceTitle, content: <PlanGovernance bodies={plan.bodies} /> },
    { id: 'netvaerk', title: t.plan.networksTitle, content: <PlanNetworks networks={plan.networks} /> },
    {
      id: 'kontakt',
      title: t.plan.contactsTitle,
      content: contacts.length ? <ContactList contacts={contacts} /> : <p>{t.plan.noContacts}</p>,
    },
  ];

  // A link to a section (/planer/x#oekonomi) arrives before the data; scroll once it is rendered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival of a new plan.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [plan.id]);

  return (
    <>
      <Breadcrumbs items={[{ label: plan.name }]} />
      <PlanHeader plan={plan} />
      <PlanWriteState planId={plan.id} state={writeState} />
      {(session.can('personalData:read', scope) || session.can('audit:read', scope)) && (
        <ul className="nobullet-list internal-links">
          {writable && session.can('personalData:write', scope) && (
            <li>
              <Link to={`/planer/${plan.slug}/registrer`}>{t.monitoring.register.link}</Link>
            </li>
          )}
          {session.can('personalData:read', scope) && (
            <li>
              <Link to={`/planer/${plan.slug}/registreringer`}>{t.monitoring.sessions.link}</Link>
            </li>
          )}
          {writable && session.can('plan:write', scope) && (
            <li>
              <Link to={`/planer/${plan.slug}/maal`}>{t.monitoring.targets.link}</Link>
            </li>
          )}
          {session.can('personalData:read', scope) && (
            <li>
              <Link to={`/planer/${plan.slug}/deltagere`}>{t.participants.link}</Link>
            </li>
          )}
          {session.can('audit:read', scope) && (
            <li>
              <Link to={`/planer/${plan.slug}/revisionsspor`}>{t.audit.link}</Link>
            </li>
          )}
        </ul>
      )}
      <div className="row">
        <div className="col-12 col-lg-3">
          <PageToc items={sections.map((s) => ({ id: s.id, label: s.title }))} />
        </div>
        <div className="col-12 col-lg-9">
          {sections.map((s) => (
            <Section key={s.id} id={s.id} title={s.title}>
              {s.content}
            </Section>
          ))}
        </div>
      </div>
    </>
  );
}

/** /planer/:slug — everything about one plan on one page, with a table of contents. */
export function PlanPage() {
  const { slug = '' } = useParams();
  const state = useApi(`plan:${slug}`, (signal) => getPlan(slug, signal));
  return <LoadState state={state}>{(plan) => <PlanContent plan={plan} />}</LoadState>;
}

import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { type AgeBand, GENDER_LABELS, type Gender } from '../../domain/participants/participant';
import type { SheetSpec } from '../../tabular/write-table';

/** One row per session with its counts (plan:read: no codes). */
export async function sessionsSheet(db: Executor, planId: string): Promise<SheetSpec> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select s.date::text as date, a.name as activity, d.name as department, s.place,
               (select count(*) from attendances x where x.session_id = s.id)::int as attendances,
               s.open_count as "openCount", s.open_female as "openFemale", s.open_male as "openMale",
               (select count(*) from session_volunteers v where v.session_id = s.id)::int as volunteers,
               (select coalesce(sum(v.hours), 0) from session_volunteers v where v.session_id = s.id)::float8 as hours,
               (select count(*) from session_staff st where st.session_id = s.id)::int as staff,
               case when s.import_id is null then 'Registreret' else 'Importeret' end as origin
        from activity_sessions s join activities a on a.id = s.activity_id
        left join departments d on d.id = s.department_id
        where s.plan_id = ${planId}
        order by s.date, a.name, s.created_at`,
  );
  return {
    name: 'Aktivitetsgange',
    columns: [
      { key: 'date', header: 'Dato', type: 'date' },
      { key: 'activity', header: 'Indsats' },
      { key: 'department', header: 'Afdeling' },
      { key: 'place', header: 'Sted' },
      { key: 'attendances', header: 'Fremmøder (registrerede deltagere)', type: 'integer' },
      { key: 'openCount', header: 'Antal (åbent arrangement)', type: 'integer' },
      { key: 'openFemale', header: 'Heraf piger/kvinder', type: 'integer' },
      { key: 'openMale', header: 'Heraf drenge/mænd', type: 'integer' },
      { key: 'staff', header: 'Medarbejdere', type: 'integer' },
      { key: 'volunteers', header: 'Frivillige', type: 'integer' },
      { key: 'hours', header: 'Frivillig-timer', type: 'number' },
      { key: 'origin', header: 'Oprindelse' },
    ],
    rows,
  };
}

/**
 * One row per attendance with the participant's code and attributes, then a row per open head
 * count and per volunteer — the columns of the attendance import, so the file can be read back.
 */
export async function attendanceSheet(db: Executor, planId: string): Promise<SheetSpec> {
  const rows = await queryRows<{
    date: string;
    activity: string;
    department: string | null;
    place: string | null;
    code: string | null;
    ageBand: AgeBand | null;
    gender: Gender | null;
    count: number | null;
    volunteer: string | null;
    hours: number | null;
  }>(
    db,
    sql`select * from (
          select s.date::text as date, a.name as activity, d.name as department, s.place, s.created_at,
                 0 as kind, p.code, p.age_band as "ageBand", p.gender, null::int as count,
                 null::text as volunteer, null::float8 as hours
          from attendances x join activity_sessions s on s.id = x.session_id
          join participants p on p.id = x.participant_id
          join activities a on a.id = s.activity_id left join departments d on d.id = s.department_id
          where x.plan_id = ${planId}
          union all
          select s.date::text, a.name, d.name, s.place, s.created_at, 1, null, null, null, s.open_count, null, null
          from activity_sessions s join activities a on a.id = s.activity_id
          left join departments d on d.id = s.department_id
          where s.plan_id = ${planId} and s.open_count is not null
          union all
          select s.date::text, a.name, d.name, s.place, s.created_at, 2, null, null, null, null, v.code, sv.hours::float8
          from session_volunteers sv join activity_sessions s on s.id = sv.session_id
          join volunteers v on v.id = sv.volunteer_id
          join activities a on a.id = s.activity_id left join departments d on d.id = s.department_id
          where sv.plan_id = ${planId}
        ) r order by date, activity, created_at, kind, code, volunteer`,
  );
  return {
    name: 'Fremmøde',
    columns: [
      { key: 'date', header: 'Dato', type: 'date' },
      { key: 'activity', header: 'Indsats' },
      { key: 'department', header: 'Afdeling' },
      { key: 'place', header: 'Sted' },
      { key: 'code', header: 'Deltagerkode' },
      { key: 'ageBand', header: 'Aldersgruppe' },
      { key: 'gender', header: 'Køn' },
      { key: 'count', header: 'Antal', type: 'integer' },
      { key: 'volunteer', header: 'Frivillig' },
      { key: 'hours', header: 'Timer', type: 'number' },
    ],
    rows: rows.map((r) => ({ ...r, gender: r.gender ? GENDER_LABELS[r.gender] : null })),
  };
}

/** The plan's volunteers with their hours and sessions (personal data: names with consent). */
export async function volunteersSheet(db: Executor, planId: string): Promise<SheetSpec> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select v.code, v.name, v.consent_date::text as "consentDate",
               case when v.active = 1 then 'Ja' else 'Nej' end as active,
               coalesce(sum(sv.hours), 0)::float8 as hours, count(sv.session_id)::int as sessions
        from volunteers v left join session_volunteers sv on sv.volunteer_id = v.id
        where v.plan_id = ${planId}
        group by v.id order by v.code`,
  );
  return {
    name: 'Frivillige',
    columns: [
      { key: 'code', header: 'Kode' },
      { key: 'name', header: 'Navn' },
      { key: 'consentDate', header: 'Samtykke givet', type: 'date' },
      { key: 'active', header: 'Aktiv' },
      { key: 'hours', header: 'Timer i alt', type: 'number' },
      { key: 'sessions', header: 'Gange', type: 'integer' },
    ],
    rows,
  };
}

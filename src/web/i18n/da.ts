import { ACTIVITY_STATUS_LABELS } from '../../domain/activities/activity-status';
import { FINANCING_KIND_LABELS, FINANCING_SOURCE_LABELS } from '../../domain/financing/financing-kinds';
import { BODY_KIND_LABELS } from '../../domain/governance/body-kinds';
import { PARTNER_TYPE_LABELS } from '../../domain/partners/partner-types';
import {
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  type PlanStatus,
  STAFF_ROLE_LABELS,
} from '../../domain/plans/plan-status';
import {
  INDICATOR_INFO,
  STATISTIC_INDICATORS,
  type StatisticIndicator,
} from '../../domain/statistics/indicators';

/** The domain's Danish labels are the source; only the web's own words are written here. */
const planStatus = Object.fromEntries(PLAN_STATUSES.map((s) => [s, PLAN_STATUS_LABELS[s].da])) as Record<
  PlanStatus,
  string
>;
const indicator = Object.fromEntries(STATISTIC_INDICATORS.map((i) => [i, INDICATOR_INFO[i].da])) as Record<
  StatisticIndicator,
  string
>;

function times(n: number): string {
  return n === 1 ? 'gang' : 'gange';
}

/** Every text of the web app in Danish (the default). `en.ts` has the same keys. */
export const da = {
  lang: 'da',
  common: {
    appName: 'Helhedsplan',
    tagline: 'Boligsociale helhedsplaner',
    approx: 'ca.',
    notStated: 'Ikke oplyst',
    notStatedInline: 'ikke oplyst',
    yes: 'Ja',
    no: 'Nej',
    total: 'I alt',
    source: 'Kilde',
    sources: 'Kilder',
    sourceNumber: (n: number) => `Kilde ${n}`,
    loading: 'Henter data …',
    phone: 'Tlf.',
    email: 'E-mail',
    year: 'År',
    periodFrom: (date: string) => `fra ${date}`,
    periodTo: (date: string) => `til ${date}`,
    meetingsPerYear: (min: number | null, max: number | null): string | null => {
      if (min !== null && max !== null) {
        return min === max ? `${min} ${times(min)} årligt` : `${min}–${max} ${times(max)} årligt`;
      }
      if (min !== null) return `mindst ${min} ${times(min)} årligt`;
      if (max !== null) return `højst ${max} ${times(max)} årligt`;
      return null;
    },
  },
  layout: {
    skipLink: 'Gå til sidens indhold',
    mainNav: 'Hovednavigation',
    mobileNav: 'Mobil hovednavigation',
    navPlans: 'Planer',
    menu: 'Menu',
    closeMenu: 'Luk',
    breadcrumbs: 'Brødkrumme',
    home: 'Forside',
    footerAbout: 'Om Helhedsplan',
    footerAboutText:
      'Et åbent system til boligsociale helhedsplaner: afdelinger, indsatser, økonomi og organisering.',
    footerLinks: 'Genveje',
    apiDocs: 'API-dokumentation',
    language: 'Sprog',
    switchLanguage: 'English',
    switchLanguageLang: 'en',
    switchLanguageLabel: 'Switch to English',
  },
  notFound: {
    title: 'Siden findes ikke',
    text: 'Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.',
    backHome: 'Gå til forsiden',
  },
  problems: {
    heading: 'Der opstod en fejl',
    network: 'Vi kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
    unexpected: 'Der skete en uventet fejl. Prøv igen, og kontakt support hvis det fortsætter.',
    retry: 'Prøv igen',
    fieldErrors: 'Det drejer sig om',
  },
  plans: {
    title: 'Boligsociale helhedsplaner',
    intro:
      'Her kan du se de boligsociale helhedsplaner, deres afdelinger, indsatser og økonomi. Vælg en plan for at se den.',
    filtersHeading: 'Find en plan',
    search: 'Søg efter navn',
    municipality: 'Kommune',
    allMunicipalities: 'Alle kommuner',
    status: 'Status',
    allStatuses: 'Alle statusser',
    activeFilters: 'Aktive filtre',
    removeFilter: (label: string) => `Fjern filter: ${label}`,
    resetFilters: 'Nulstil filtre',
    count: (shown: number, total: number) =>
      shown === total
        ? `${total} ${total === 1 ? 'plan' : 'planer'}`
        : `${shown} af ${total} ${total === 1 ? 'plan' : 'planer'}`,
    tableCaption: 'Helhedsplaner',
    colName: 'Plan',
    colMunicipality: 'Kommune',
    colPeriod: 'Periode',
    colStatus: 'Status',
    colAreas: 'Afdelinger',
    colBudget: 'Samlet budget',
    none: 'Der er endnu ingen helhedsplaner i systemet.',
    noMatches: 'Ingen planer passer til din søgning.',
  },
  plan: {
    onThisPage: 'På denne side',
    facts: 'Fakta om planen',
    municipality: 'Kommune',
    period: 'Periode',
    status: 'Status',
    fundingPeriod: 'Bevillingsperiode',
    organisations: 'Boligorganisationer',
    applicant: 'ansøger',
    predecessors: 'Tidligere planer',
    successors: 'Senere planer',
    replaces: 'Afløser',
    mergedFrom: 'Sammenlagt af',
    replacedBy: 'Afløst af',
    mergedInto: 'Lagt sammen i',
    vision: 'Vision',
    documentSource: 'Kilde',
    areasTitle: 'Boligområderne',
    areasCaption: 'Afdelinger i planen',
    colArea: 'Afdeling',
    colOrganisation: 'Boligorganisation',
    colUnits: 'Lejemål',
    colResidents: 'Beboere',
    colNote: 'Bemærkning',
    noAreas: 'Planen har endnu ingen afdelinger.',
    areaFiguresTitle: 'Samlet for boligområderne',
    keyFiguresTitle: 'Nøgletal for afdelingerne',
    keyFiguresCaption: 'Nøgletal for afdelingerne. Seneste tal for hver afdeling; året står under tallet.',
    colIndicator: 'Nøgletal',
    sourcesSummary: 'Kilder til tallene',
    focusAreasTitle: 'Indsatsområder og aktiviteter',
    goal: 'Mål',
    purpose: 'Formål',
    targetGroups: 'Målgruppe',
    activityAreas: 'Afdelinger',
    activityPartners: 'Samarbejdspartnere',
    activityPeriod: 'Periode',
    allAreas: 'Alle afdelinger i planen',
    noActivities: 'Der er endnu ingen aktiviteter i dette indsatsområde.',
    noFocusAreas: 'Planens indsatsområder er ikke registreret.',
    activityCount: (n: number) => (n === 1 ? '1 aktivitet' : `${n} aktiviteter`),
    financingTitle: 'Økonomi',
    noFinancing: 'Planens budget er ikke registreret.',
    bySourceCaption: 'Finansiering efter kilde for hele perioden',
    colSource: 'Kilde',
    colAmount: 'Beløb',
    colShare: 'Andel',
    byKindCaption: 'Kontant og timer/lokaler',
    colKind: 'Form',
    sharesTitle: 'Landsbyggefonden og lokal medfinansiering',
    lbfShare: 'Landsbyggefondens andel',
    localShare: 'Lokal medfinansiering',
    localShareRule: 'Kravet er mindst 25 % lokal medfinansiering.',
    approxNote: 'Beløb med “ca.” er afrundede i kilden.',
    coFinancingTitle: (name: string | null) =>
      name ? `Afdelingens medfinansiering – ${name}` : 'Afdelingens medfinansiering',
    coFinancingCaption: (name: string | null) =>
      name
        ? `Afdelingens medfinansiering af den boligsociale helhedsplan – ${name}`
        : 'Afdelingens medfinansiering af den boligsociale helhedsplan',
    colExpense: 'Udgiftspost',
    colWholePeriod: 'Beløb for hele projektperioden',
    colCash: 'Kontant',
    colInKind: 'Timer/lokaler',
    colUnspecified: 'Ikke opdelt',
    coFinancingTotal: 'Samlet medfinansiering fra afdelingen',
    unnamedLine: 'Udgiftspost uden navn',
    coFinancingNote:
      'Afdelingens medfinansiering er en specifikation og lægges ikke oveni planens samlede budget.',
    peopleTitle: 'Medarbejdere og samarbejdspartnere',
    staffTitle: 'Medarbejdere',
    staffCaption: 'Ansatte i helhedsplanen',
    colTitle: 'Stilling',
    colName: 'Navn',
    colRole: 'Rolle',
    colHours: 'Timer pr. uge',
    noStaff: 'Planens medarbejdere er ikke registreret.',
    partnersTitle: 'Samarbejdspartnere',
    noPartners: 'Planens samarbejdspartnere er ikke registreret.',
    contributionInside: 'Bidrag i planen',
    contributionOutside: 'Bidrag uden for planen',
    governanceTitle: 'Organisering',
    noBodies: 'Planens bestyrelse og fora er ikke registreret.',
    bodyKind: 'Type',
    bodyPurpose: 'Formål',
    decisionAuthority: 'Beslutningskompetence',
    meetings: 'Mødes',
    members: 'Medlemmer',
    noMembers: 'Medlemmerne er ikke registreret.',
    networksTitle: 'Netværk',
    noNetworks: 'Der er ingen netværk knyttet til planen.',
    howToJoin: 'Sådan kommer du med',
    currentGroups: 'Grupper',
    pastGroups: 'Tidligere grupper',
    pastActivities: 'Eksempler på tidligere aktiviteter',
    contactsTitle: 'Kontakt',
    noContacts: 'Der er ingen kontaktpersoner registreret.',
    contactFor: (name: string) => `Kontakt om ${name}`,
  },
  department: {
    facts: 'Fakta om afdelingen',
    kind: 'Type',
    municipality: 'Kommune',
    organisation: 'Boligorganisation',
    units: 'Lejemål',
    residents: 'Beboere',
    source: 'Kilde',
    plansTitle: 'Helhedsplaner',
    plansCaption: 'Helhedsplaner, afdelingen er en del af',
    noPlans: 'Afdelingen er ikke med i nogen helhedsplan.',
    colPlan: 'Plan',
    colPeriod: 'Periode',
    colStatus: 'Status',
    statisticsTitle: 'Statistik',
    statisticsCaption: (name: string) => `Statistik for ${name} sammenlignet med kommunen og hele landet`,
    colIndicator: 'Nøgletal',
    colYear: 'År',
    colValue: 'Afdelingen',
    colMunicipality: (name: string) => name,
    colCountry: 'Hele landet',
    colSource: 'Kilde',
    noStatistics: 'Der er ingen statistik for afdelingen.',
    missingTitle: 'Ikke oplyst',
    missingText: 'Der er ingen tal for disse nøgletal:',
    comparisonYear: (year: number) => `(${year})`,
  },
  labels: {
    planStatus,
    indicator,
    financingSource: FINANCING_SOURCE_LABELS,
    financingKind: FINANCING_KIND_LABELS,
    bodyKind: BODY_KIND_LABELS,
    partnerType: PARTNER_TYPE_LABELS,
    activityStatus: ACTIVITY_STATUS_LABELS,
    staffRole: STAFF_ROLE_LABELS,
    departmentKind: { department: 'Boligafdeling', estate: 'Boligområde' },
  },
};

export type Messages = typeof da;

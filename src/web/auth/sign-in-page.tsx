import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiProblem } from '../api/api-client';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { PageHeading } from '../layout/page-heading';
import { ProblemAlert } from '../layout/problem-alert';
import { useSession } from './session';

/** /log-ind — a plain DKFDS form; after sign-in the user returns to where they came from. */
export function SignInPage() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get('til')?.startsWith('/') ? (params.get('til') as string) : '/';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(null);
    try {
      await session.signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      navigate(next);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Breadcrumbs items={[{ label: t.auth.signIn }]} />
      <PageHeading title={t.auth.signInTitle}>{t.auth.signInTitle}</PageHeading>
      <p className="font-lead">{t.auth.signInIntro}</p>
      {problem && <ProblemAlert problem={problem} />}
      <form className="sign-in-form" onSubmit={submit} noValidate>
        <div className="form-group">
          <label className="form-label" htmlFor="email">
            {t.auth.email}
          </label>
          <input
            className="form-input"
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="password">
            {t.auth.password}
          </label>
          <input
            className="form-input"
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <button className="button button-primary" type="submit" disabled={busy}>
          {t.auth.signIn}
        </button>
      </form>
    </>
  );
}

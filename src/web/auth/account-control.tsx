import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/i18n';
import { useSession } from './session';

/** "Log ind" for visitors; the signed-in user's name and "Log ud" otherwise. */
export function AccountControl() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (session.loading) return null;
  if (!session.user) {
    if (location.pathname === '/log-ind') return null;
    return (
      <Link
        className="function-link account-control"
        to={`/log-ind?til=${encodeURIComponent(location.pathname)}`}
      >
        {t.auth.signIn}
      </Link>
    );
  }
  return (
    <span className="account-control">
      <span className="account-name">{t.auth.signedInAs(session.user.displayName)}</span>{' '}
      <button
        type="button"
        className="function-link"
        onClick={async () => {
          await session.signOut();
          navigate('/');
        }}
      >
        {t.auth.signOut}
      </button>
    </span>
  );
}

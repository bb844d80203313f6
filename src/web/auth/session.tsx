import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { decide, type Permission, type ResourceScope } from '../../domain/access/permissions';
import type { Principal, RoleAssignment } from '../../domain/access/roles';
import type { SessionInfo } from '../../server/auth/auth.schema';
import { getJson, sendJson } from '../api/api-client';

interface SessionValue {
  user: SessionInfo['user'];
  csrfToken: string | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Whether to show an action: the same rule the server enforces (the server still decides). */
  can(permission: Permission, scope?: ResourceScope): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

function principalOf(user: SessionInfo['user']): Principal {
  if (!user) return { kind: 'anonymous' };
  return {
    kind: 'user',
    userId: user.id,
    displayName: user.displayName,
    assignments: user.assignments as RoleAssignment[],
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const refresh = useCallback(async () => setSession(await getJson<SessionInfo>('/api/auth/session')), []);

  useEffect(() => {
    refresh().catch(() => setSession({ csrfToken: '', user: null }));
  }, [refresh]);

  const value = useMemo<SessionValue>(() => {
    const csrfToken = session?.csrfToken ?? null;
    return {
      user: session?.user ?? null,
      csrfToken,
      loading: session === null,
      async signIn(email, password) {
        await sendJson('POST', '/api/auth/sign-in', { email, password }, csrfToken ?? '');
        await refresh();
      },
      async signOut() {
        await sendJson('POST', '/api/auth/sign-out', {}, csrfToken ?? '');
        await refresh();
      },
      can: (permission, scope) => decide(principalOf(session?.user ?? null), permission, scope) === 'allow',
    };
  }, [session, refresh]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

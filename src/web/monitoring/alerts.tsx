import type { ReactNode } from 'react';
import { Icon } from '../layout/icon';

/** A short DKFDS success message ("Gemt."), announced politely. */
export function SuccessAlert({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      <Icon name="success" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{children}</p>
      </div>
    </div>
  );
}

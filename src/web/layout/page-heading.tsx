import { type ReactNode, useEffect, useRef } from 'react';
import { pendingHeadingFocus } from './page-layout';

/** The page's h1; sets the document title and takes focus after a client-side navigation. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – Helhedsplan`;
  }, [title]);

  useEffect(() => {
    if (pendingHeadingFocus.current) {
      pendingHeadingFocus.current = false;
      ref.current?.focus({ preventScroll: true });
    }
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

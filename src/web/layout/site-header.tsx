import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { AccountControl } from '../auth/account-control';
import { useT } from '../i18n/i18n';
import { Icon } from './icon';
import { LanguageSwitch } from './language-switch';

/** DKFDS header: solution name, main navigation, and the mobile drawer below the lg breakpoint. */
export function SiteHeader() {
  const t = useT();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const plansActive = location.pathname === '/' || location.pathname.startsWith('/planer');

  // Close the drawer when a link in it navigates.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    document.body.classList.add('mobile-nav-active');
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      openButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('mobile-nav-active');
      document.removeEventListener('keydown', onKey);
    };
  }, [menuOpen]);

  function close() {
    setMenuOpen(false);
    openButton.current?.focus();
  }

  return (
    <header className="header">
      <a className="skipnav" href="#main-content">
        {t.layout.skipLink}
      </a>
      <div className="language-switcher-header">
        <div className="container">
          <AccountControl />
          <LanguageSwitch className="select-language-button" />
        </div>
      </div>
      <div className="solution-info">
        <div className="container solution-info-inner">
          <div className="solution-heading">
            <Link to="/">{t.common.appName}</Link>
          </div>
          <div className="additional-info">
            <p className="h5 authority-name">{t.common.tagline}</p>
          </div>
          <button
            ref={openButton}
            type="button"
            className="function-link button-menu-open ml-auto"
            aria-haspopup="dialog"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
          >
            <Icon name="menu" />
            {t.layout.menu}
          </button>
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t.layout.mainNav}>
            <ul className="mainmenu">
              <li className={plansActive ? 'active' : undefined}>
                <NavLink to="/" className="nav-link" aria-current={plansActive ? 'page' : undefined}>
                  <span>{t.layout.navPlans}</span>
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </div>
      <div className={`overlay ${menuOpen ? 'is-visible' : ''}`} onClick={close} aria-hidden="true" />
      <div
        className={`mobile-drawer ${menuOpen ? 'is-visible' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="menu-heading"
        hidden={!menuOpen}
      >
        <div className="menu-top">
          <h2 id="menu-heading" className="menu-heading">
            {t.layout.menu}
          </h2>
          <button ref={closeButton} type="button" className="function-link button-menu-close" onClick={close}>
            <Icon name="close" />
            {t.layout.closeMenu}
          </button>
        </div>
        <nav className="navigation-menu-mobile" aria-label={t.layout.mobileNav}>
          <ul className="mainmenu">
            <li className={plansActive ? 'current' : undefined}>
              <Link to="/" className="nav-link" aria-current={plansActive ? 'page' : undefined}>
                <span>{t.layout.navPlans}</span>
              </Link>
            </li>
          </ul>
        </nav>
        <div className="language-switcher-mobile">
          <h3>{t.layout.language}</h3>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

import { Link } from 'react-router-dom';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';

export function SiteFooter() {
  const t = useT();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5 mb-4">{t.layout.footerAbout}</h2>
              <p>{t.layout.footerAboutText}</p>
            </div>
            <div className="col-12 col-md-3 footer-col">
              <h2 className="h5 mb-4">{t.layout.footerLinks}</h2>
              <ul className="nobullet-list mt-0">
                <li>
                  <Link className="function-link" to="/">
                    {t.layout.navPlans}
                  </Link>
                </li>
                <li>
                  <a className="function-link" href="/api/docs">
                    {t.layout.apiDocs}
                  </a>
                </li>
              </ul>
            </div>
            <div className="col-12 col-md-3 footer-col">
              <h2 className="h5 mb-4">{t.layout.language}</h2>
              <LanguageSwitch />
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

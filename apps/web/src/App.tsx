import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@invataxi/domain';
import { signIn, type Role, type Session } from './auth';
import { LANGUAGES, setLanguage, type Language } from './i18n';
import { Link, navigate, usePath } from './router';
import { NotRegisteredPage, SignInPage } from './pages/SignInPage';
import { StaffSignInPage } from './pages/StaffSignInPage';
import { InvitePage } from './pages/InvitePage';
import { AccountPage } from './pages/AccountPage';
import { UsersPage } from './pages/UsersPage';
import { Loading } from './components';
import { BookPage } from './pages/BookPage';
import { RidesPage } from './pages/RidesPage';
import { BoardPage } from './pages/BoardPage';
import { DeskPage } from './pages/DeskPage';
import { DriverPage } from './pages/DriverPage';
import { ProvidersPage } from './pages/officer/ProvidersPage';
import { PolicyPage } from './pages/officer/PolicyPage';
import { DemandPage } from './pages/officer/DemandPage';
import { ReportsPage } from './pages/officer/ReportsPage';
import { FleetPage } from './pages/FleetPage';
import { BeneficiariesPage } from './pages/officer/BeneficiariesPage';

const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

interface NavItem {
  path: string;
  key: string;
  roles: Role[];
}

const NAV: NavItem[] = [
  { path: '/book', key: 'nav.book', roles: ['BENEFICIARY', 'GUARDIAN'] },
  { path: '/rides', key: 'nav.rides', roles: ['BENEFICIARY', 'GUARDIAN'] },
  { path: '/board', key: 'nav.board', roles: ['DISPATCHER'] },
  { path: '/driver', key: 'nav.driver', roles: ['DRIVER'] },
  { path: '/officer/providers', key: 'nav.providers', roles: ['LEB_OFFICER', 'MINISTRY_ANALYST'] },
  { path: '/officer/policy', key: 'nav.policy', roles: ['LEB_OFFICER'] },
  { path: '/officer/demand', key: 'nav.demand', roles: ['LEB_OFFICER'] },
  { path: '/officer/reports', key: 'nav.reports', roles: ['LEB_OFFICER', 'MINISTRY_ANALYST'] },
  { path: '/fleet', key: 'nav.fleet', roles: ['PROVIDER_ADMIN', 'LEB_OFFICER'] },
  { path: '/registry', key: 'nav.beneficiaries', roles: ['LEB_OFFICER', 'DISPATCHER'] },
  // The phone desk (issue 21): after each role's home, so the home stays the board / providers.
  { path: '/desk', key: 'nav.desk', roles: ['DISPATCHER', 'LEB_OFFICER'] },
  { path: '/staff', key: 'nav.users', roles: ['ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN'] },
  { path: '/profile', key: 'nav.account', roles: [...ROLES] },
];

/** Pages for someone not signed in; any other path sends them to /signin. */
function isPublicPath(path: string): boolean {
  return path === '/signin' || path.startsWith('/signin/') || path.startsWith('/invite/');
}

export function homeOf(role: Role): string {
  return NAV.find((n) => n.roles.includes(role))?.path ?? '/signin';
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className="lang-switch">
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="btn btn-small"
          aria-pressed={i18n.language === l}
          onClick={() => void setLanguage(l)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const [session, setSession] = useState<Session | null>(signIn.current());
  // The access token lives in memory only: at page load the refresh cookie (if any) gets one.
  const [restored, setRestored] = useState(signIn.current() !== null);
  useEffect(() => signIn.onChange(setSession), []);
  useEffect(() => {
    if (!restored) void signIn.restore().finally(() => setRestored(true));
  }, []);

  useEffect(() => {
    if (!restored) return;
    if (!session && !isPublicPath(path)) navigate('/signin');
    else if (session && (path === '/' || isPublicPath(path))) navigate(homeOf(session.principal.role));
  }, [session, path, restored]);

  const role = session?.principal.role;
  const items = role ? NAV.filter((n) => n.roles.includes(role)) : [];
  const invite = /^\/invite\/([^/]+)$/.exec(path);

  let page: React.ReactNode = null;
  if (!restored) page = <Loading />;
  else if (!session) {
    if (path === '/signin') page = <SignInPage />;
    else if (path === '/signin/staff') page = <StaffSignInPage />;
    else if (path === '/signin/not-registered') page = <NotRegisteredPage />;
    else if (invite) page = <InvitePage token={decodeURIComponent(invite[1])} />;
  } else if (path === '/book') page = <BookPage session={session} />;
  else if (path === '/rides') page = <RidesPage session={session} />;
  else if (path === '/board') page = <BoardPage session={session} />;
  else if (path === '/desk') page = <DeskPage session={session} />;
  else if (path === '/driver') page = <DriverPage />;
  else if (path === '/officer/providers') page = <ProvidersPage session={session} />;
  else if (path === '/officer/policy') page = <PolicyPage session={session} />;
  else if (path === '/officer/demand') page = <DemandPage session={session} />;
  else if (path === '/officer/reports') page = <ReportsPage session={session} />;
  else if (path === '/fleet' && items.some((n) => n.path === '/fleet'))
    page = <FleetPage session={session} />;
  else if (path === '/registry' && items.some((n) => n.path === '/registry'))
    page = <BeneficiariesPage session={session} />;
  else if (path === '/profile') page = <AccountPage />;
  else if (path === '/staff' && items.some((n) => n.path === '/staff'))
    page = <UsersPage session={session} />;
  else if (path !== '/' && !isPublicPath(path))
    page = (
      <>
        <h1 className="page-title">{t('app.notFound')}</h1>
        <p>
          <Link to={homeOf(session.principal.role)}>{t('app.goHome')}</Link>
        </p>
      </>
    );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <span aria-hidden="true" className="logo">
            ♿
          </span>{' '}
          {t('app.title')}
        </div>
        <LanguageSwitch />
        {session && (
          <div className="who">
            <span>
              {session.displayName ? (
                <>
                  <span translate="no">{session.displayName}</span>,{' '}
                </>
              ) : null}
              {t(`role.${session.principal.role}`)}
            </span>
            <button type="button" className="btn btn-small" onClick={() => void signIn.signOut()}>
              {t('app.signOut')}
            </button>
          </div>
        )}
      </header>
      {items.length > 0 && (
        <nav aria-label={t('app.mainNav')} className="main-nav">
          <ul>
            {items.map((n) => (
              <li key={n.path}>
                <Link to={n.path} current={path === n.path}>
                  {t(n.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} key={path}>
        {page}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn, type Session } from './auth';
import { LANGUAGES, setLanguage, type Language } from './i18n';
import { Link, navigate, usePath } from './router';
import { NotRegisteredPage, SignInPage } from './pages/SignInPage';
import { StaffSignInPage } from './pages/StaffSignInPage';
import { InvitePage } from './pages/InvitePage';
import { Loading } from './components';
import { forgetManifests, keptDriver } from './offline/driver-outbox';
import { useOutboxSending } from './offline/use-driver-outbox';
import { homeOf, pageAt, pagesFor } from './pages-by-role';

const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Pages for someone not signed in; any other path sends them to /signin. */
function isPublicPath(path: string): boolean {
  return path === '/signin' || path.startsWith('/signin/') || path.startsWith('/invite/');
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
    if (!restored) void start().finally(() => setRestored(true));
  }, []);
  // The riders' data kept on the phone is only ever the signed-in driver's: the server saying
  // the session has ended (or someone else signing in here) takes it off the phone.
  const userId = session?.principal.userId ?? null;
  const answered = session === null || session.token !== null;
  useEffect(() => {
    if (restored && answered) void forgetManifests(userId ?? undefined).catch(() => undefined);
  }, [restored, answered, userId]);
  useOutboxSending(session);

  useEffect(() => {
    if (!restored) return;
    if (!session && !isPublicPath(path)) navigate('/signin');
    else if (session && (path === '/' || isPublicPath(path))) navigate(homeOf(session.principal));
  }, [session, path, restored]);

  const items = session ? pagesFor(session.principal) : [];
  const known = pageAt(path);
  const invite = /^\/invite\/([^/]+)$/.exec(path);

  let page: React.ReactNode = null;
  if (!restored) page = <Loading />;
  else if (!session) {
    if (path === '/signin') page = <SignInPage />;
    else if (path === '/signin/staff') page = <StaffSignInPage />;
    else if (path === '/signin/not-registered') page = <NotRegisteredPage />;
    else if (invite) page = <InvitePage token={decodeURIComponent(invite[1])} />;
  } else if (known && items.includes(known)) page = known.render(session);
  else if (known)
    // A page of the app that is not this role's: said plainly, never a blank page or the API's refusal.
    page = (
      <>
        <h1 className="page-title">{t('app.notForRole')}</h1>
        <p>{t('app.notForRoleText', { role: t(`role.${session.principal.role}`) })}</p>
        <p>
          <Link to={homeOf(session.principal)}>{t('app.goHome')}</Link>
        </p>
      </>
    );
  else if (path !== '/' && !isPublicPath(path))
    page = (
      <>
        <h1 className="page-title">{t('app.notFound')}</h1>
        <p>
          <Link to={homeOf(session.principal)}>{t('app.goHome')}</Link>
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
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void signOutHere(session.principal.role === 'DRIVER')}
            >
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

/**
 * The session at page load, from the refresh cookie. With no answer (no connection: a driver in an
 * underpass reopening the app), a driver whose manifest is kept on the phone goes on as signed in,
 * unconfirmed, until the server answers (walk t23 M1); anyone else sees the sign-in page.
 */
async function start(): Promise<void> {
  if ((await signIn.restore()) !== 'UNREACHABLE') return;
  const kept = await keptDriver().catch(() => null);
  if (kept && !signIn.current()) signIn.continueOffline(kept.principal, kept.displayName);
}

/** Signs out; the driver's manifest kept on the phone (riders' names, phones) goes with it. */
async function signOutHere(driver: boolean): Promise<void> {
  if (driver) await forgetManifests().catch(() => undefined);
  await signIn.signOut();
}

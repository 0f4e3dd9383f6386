import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useSession, useSignOut } from '../auth.tsx';
import { UnreadBadge } from '../sharing/UnreadBadge.tsx';
import { applyTheme, initialTheme, type Theme } from '../theme.ts';

const NAV = [
  { to: '/practice', label: 'Practice' },
  { to: '/questions', label: 'Question bank' },
  { to: '/coding', label: 'Coding' },
  { to: '/reviews', label: 'Code review' },
  { to: '/progress', label: 'Progress' },
  { to: '/history', label: 'History' },
  { to: '/study', label: 'Study' },
  { to: '/sharing', label: 'Sharing' },
  { to: '/kits', label: 'Kits' },
] as const;

const PUBLIC_PATHS = ['/sign-in', '/sign-up'];

export function Shell() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  // The page on screen, not the one being navigated to: while a signed-out visit is sent to the sign-in page, the
  // page it left must not render as if it were public (and ask the API for what only a user may see).
  const path = useRouterState({ select: (state) => (state.resolvedLocation ?? state.location).pathname });
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const isPublic = PUBLIC_PATHS.includes(path);

  useEffect(() => applyTheme(theme), [theme]);
  // After client-side navigation, move focus to the new content so keyboard and screen-reader users follow.
  const [firstPath] = useState(path);
  useEffect(() => {
    if (path !== firstPath) document.getElementById('main')?.focus();
  }, [path, firstPath]);
  useEffect(() => {
    if (session.data === null && !isPublic) void navigate({ to: '/sign-in' });
  }, [session.data, isPublic, navigate]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Rehearse
        </Link>
        {session.data && (
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} activeProps={{ 'aria-current': 'page', className: 'active' }}>
                    {item.label}
                    {item.to === '/sharing' && <UnreadBadge />}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="topbar-end">
          {session.data && (
            <>
              <Link to="/settings" className="user" title="Settings and access tokens">
                {session.data.name} <span className="badge">{session.data.role}</span>
              </Link>
              <button type="button" onClick={() => void signOut().then(() => navigate({ to: '/sign-in' }))}>
                Sign out
              </button>
            </>
          )}
          {/* Last, so signing in adds controls beside it without moving it. */}
          <button
            type="button"
            className="ghost theme-toggle"
            aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {theme === 'dark' ? '☀' : '☾'}
            <span className="theme-name">{theme === 'dark' ? ' Light' : ' Dark'}</span>
          </button>
        </div>
      </header>
      {/* Nothing of the page until we know who is signed in: the header settles first, so the page never moves. */}
      {!session.isPending && (
        <main id="main" tabIndex={-1}>
          {session.data || isPublic ? <Outlet /> : null}
        </main>
      )}
    </div>
  );
}

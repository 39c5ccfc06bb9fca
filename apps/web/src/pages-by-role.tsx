import type { ReactNode } from 'react';
import { ROLES } from '@invataxi/domain';
import type { Principal, Role, Session } from './auth';
import { AccountPage } from './pages/AccountPage';
import { BoardPage } from './pages/BoardPage';
import { BookPage } from './pages/BookPage';
import { DeskPage } from './pages/DeskPage';
import { DriverPage } from './pages/DriverPage';
import { FleetPage } from './pages/FleetPage';
import { RidesPage } from './pages/RidesPage';
import { UsersPage } from './pages/UsersPage';
import { BeneficiariesPage } from './pages/officer/BeneficiariesPage';
import { DemandPage } from './pages/officer/DemandPage';
import { DisputesPage } from './pages/officer/DisputesPage';
import { PolicyPage } from './pages/officer/PolicyPage';
import { ProvidersPage } from './pages/officer/ProvidersPage';
import { ReportsPage } from './pages/officer/ReportsPage';
import { WhatIfPage } from './pages/officer/WhatIfPage';

/**
 * Who a page is for: a role, or the region's dispatch centre (a dispatcher with no provider: it
 * reads the region's registry, which a provider's dispatcher may not; see the API's
 * seesHealthData and the beneficiaries list's scope).
 */
export type Audience = Role | 'CENTRE_DISPATCHER';

export interface PageEntry {
  path: string;
  /** The menu's text (apps/web/src/locales: nav.*). */
  key: string;
  for: readonly Audience[];
  render: (session: Session) => ReactNode;
}

/**
 * Every page of a signed-in person, with whom it is for: the one table the menu is built from
 * and the routes are guarded by. Each entry follows what the API lets that role do (the
 * controllers' @Roles and the services' scope). The order is the menu's, and a role's first
 * page is its start page (the board for a dispatcher, the fleet for a provider admin, the
 * providers for an officer).
 */
export const PAGES: readonly PageEntry[] = [
  {
    path: '/book',
    key: 'nav.book',
    for: ['BENEFICIARY', 'GUARDIAN'],
    render: (s) => <BookPage session={s} />,
  },
  {
    path: '/rides',
    key: 'nav.rides',
    for: ['BENEFICIARY', 'GUARDIAN'],
    render: (s) => <RidesPage session={s} />,
  },
  { path: '/board', key: 'nav.board', for: ['DISPATCHER'], render: (s) => <BoardPage session={s} /> },
  { path: '/driver', key: 'nav.driver', for: ['DRIVER'], render: (s) => <DriverPage session={s} /> },
  {
    path: '/officer/providers',
    key: 'nav.providers',
    for: ['LEB_OFFICER', 'MINISTRY_ANALYST'],
    render: (s) => <ProvidersPage session={s} />,
  },
  {
    path: '/officer/policy',
    key: 'nav.policy',
    for: ['LEB_OFFICER'],
    render: (s) => <PolicyPage session={s} />,
  },
  {
    path: '/officer/demand',
    key: 'nav.demand',
    for: ['LEB_OFFICER'],
    render: (s) => <DemandPage session={s} />,
  },
  {
    path: '/officer/reports',
    key: 'nav.reports',
    for: ['LEB_OFFICER', 'MINISTRY_ANALYST'],
    render: (s) => <ReportsPage session={s} />,
  },
  // Issue 25: the officer plans scenarios for the region; the ministry reads them.
  {
    path: '/officer/whatif',
    key: 'nav.whatif',
    for: ['LEB_OFFICER', 'MINISTRY_ANALYST'],
    render: (s) => <WhatIfPage session={s} />,
  },
  // The admin changes the fleet; the officer and the provider's (or centre's) dispatchers read it.
  {
    path: '/fleet',
    key: 'nav.fleet',
    for: ['PROVIDER_ADMIN', 'LEB_OFFICER', 'DISPATCHER'],
    render: (s) => <FleetPage session={s} />,
  },
  {
    path: '/registry',
    key: 'nav.beneficiaries',
    for: ['LEB_OFFICER', 'CENTRE_DISPATCHER'],
    render: (s) => <BeneficiariesPage session={s} />,
  },
  // Issue 23: the disputed no-shows waiting for a decision (the deciders: not a provider's dispatcher).
  {
    path: '/disputes',
    key: 'nav.disputes',
    for: ['LEB_OFFICER', 'CENTRE_DISPATCHER'],
    render: () => <DisputesPage />,
  },
  {
    path: '/desk',
    key: 'nav.desk',
    for: ['DISPATCHER', 'LEB_OFFICER'],
    render: (s) => <DeskPage session={s} />,
  },
  {
    path: '/staff',
    key: 'nav.users',
    for: ['ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN'],
    render: (s) => <UsersPage session={s} />,
  },
  { path: '/profile', key: 'nav.account', for: [...ROLES], render: () => <AccountPage /> },
];

function audiencesOf(p: Principal): Audience[] {
  return p.role === 'DISPATCHER' && !p.providerId ? ['DISPATCHER', 'CENTRE_DISPATCHER'] : [p.role];
}

/** The pages this person may open, in the menu's order. */
export function pagesFor(p: Principal): PageEntry[] {
  const mine = audiencesOf(p);
  return PAGES.filter((e) => e.for.some((a) => mine.includes(a)));
}

export function homeOf(p: Principal): string {
  return pagesFor(p)[0]?.path ?? '/signin';
}

/** A page of the app, whoever it is for (null: no such page). */
export function pageAt(path: string): PageEntry | null {
  return PAGES.find((e) => e.path === path) ?? null;
}

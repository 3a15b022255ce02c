/**
 * The explorer: a web front end over the GraphQL API for people who do not write GraphQL.
 * One page, routed by URL path so every view is shareable:
 *   /                         search (?q=…)
 *   /explorer/<id>            an element (?depth=2)
 *   /explorer/impact          impact of a change request or of changed elements
 *   /explorer/rttm            the RTTM of phases / an interval / a release / role / artefact / participant / baseline
 *   /explorer/codes           the code trace
 *   /explorer/role            a role's view
 * Element ids are upper case, so they never collide with the views' lower-case names.
 */
import './styles.css';
import { h } from './dom';
import { link, onNavigate } from './nav';
import { codesPage } from './pages/codes';
import { elementPage } from './pages/element';
import { homePage } from './pages/home';
import { impactPage } from './pages/impact';
import { rolePage } from './pages/role';
import { rttmPage } from './pages/rttm';
import { startStatus } from './status';

const main = h('main', { id: 'main' });
const identity = h('div', { class: 'identity', id: 'identity' });
const banners = h('div', { id: 'banners' });

const VIEWS: Readonly<Record<string, (main: HTMLElement) => Promise<void>>> = {
  impact: impactPage,
  rttm: rttmPage,
  codes: codesPage,
  role: rolePage,
};

function route(): void {
  const path = decodeURIComponent(location.pathname);
  document.title = 'MHHS design graph explorer';
  const name = /^\/explorer\/([^/]+)$/.exec(path)?.[1];
  const view = name === undefined ? undefined : VIEWS[name];
  if (view) void view(main);
  else if (name !== undefined) void elementPage(main, name);
  else homePage(main);
  window.scrollTo(0, 0);
}

function shell(): HTMLElement {
  return h(
    'div',
    { class: 'app' },
    h(
      'header',
      {},
      h('div', { class: 'title' }, link('/', 'MHHS design graph'), identity),
      h(
        'nav',
        {},
        link('/', 'Search'),
        link('/explorer/impact', 'Impact'),
        link('/explorer/rttm', 'RTTM'),
        link('/explorer/codes', 'Code trace'),
        link('/explorer/role', 'Role view'),
        h('a', { href: '/graphql' }, 'GraphiQL'),
      ),
    ),
    banners,
    main,
  );
}

document.body.replaceChildren(shell());
onNavigate(route);
window.addEventListener('popstate', route);
route();
void startStatus(identity, banners);

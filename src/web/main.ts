/**
 * The explorer: a web front end over the GraphQL API for people who do not write GraphQL.
 * One page, routed by URL path so every view is shareable:
 *   /                         search (?q=…)
 *   /explorer/<id>            an element (?depth=2)
 */
import './styles.css';
import { h, show } from './dom';
import { link, onNavigate } from './nav';
import { elementPage } from './pages/element';
import { homePage } from './pages/home';
import { startStatus } from './status';

const main = h('main', { id: 'main' });
const identity = h('div', { class: 'identity', id: 'identity' });
const banners = h('div', { id: 'banners' });

function route(): void {
  const path = decodeURIComponent(location.pathname);
  document.title = 'MHHS design graph explorer';
  const element = /^\/explorer\/([^/]+)$/.exec(path);
  if (element?.[1]) void elementPage(main, element[1]);
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
      h('nav', {}, link('/', 'Search'), h('a', { href: '/graphql' }, 'GraphiQL')),
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

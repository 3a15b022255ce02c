/**
 * The model's identity on every page (hash, store, element count), a banner when the model holds
 * example elements, and the problem list when the model files changed but could not be loaded.
 * Polled while the server watches the model, so a reload shows without refreshing the page.
 */
import type { ExplorerStatus } from '../server/explorer/status-report';
import { h, show } from './dom';

const POLL_MS = 3000;

async function fetchStatus(): Promise<ExplorerStatus | null> {
  try {
    const response = await fetch('/explorer/status.json', { headers: { accept: 'application/json' } });
    return response.ok ? ((await response.json()) as ExplorerStatus) : null;
  } catch {
    return null;
  }
}

function render(status: ExplorerStatus | null, identity: HTMLElement, banners: HTMLElement): void {
  if (!status) {
    show(identity, h('span', { class: 'bad' }, 'Server unreachable'));
    show(banners);
    return;
  }
  const { model, reload } = status;
  show(
    identity,
    h('span', { title: 'Content hash of the model being served' }, 'model ', h('code', { id: 'model-hash' }, model.modelHash?.slice(0, 12) ?? 'unknown')),
    ' · ',
    h('span', {}, `${model.store} store`),
    model.gitCommit
      ? [' · ', h('span', { id: 'git-commit', title: model.matchesCommit === false ? 'The model files differ from this commit' : 'The commit the model files are checked out at' }, 'git ', h('code', {}, model.gitCommit.slice(0, 10)), model.matchesCommit === false ? ' + uncommitted changes' : '')]
      : null,
    ' · ',
    h('span', { id: 'element-count' }, `${model.elementCount ?? '?'} elements`),
    reload.watching ? [' · ', h('span', { title: `Reloads when files under ${reload.dir} change` }, 'watching model files')] : null,
  );
  const failed = reload.watching && reload.last && !reload.last.ok ? reload.last : null;
  show(
    banners,
    model.exampleCount
      ? h(
          'div',
          { class: 'banner examples', role: 'note' },
          h('strong', {}, `${model.exampleCount} of ${model.elementCount} elements are examples`),
          ' — illustrations written for this repository (requirement texts, steps, test cases), not baselined design. They are tagged ',
          h('span', { class: 'example-tag' }, 'example'),
          '.',
        )
      : null,
    failed
      ? h(
          'div',
          { class: 'banner problems', role: 'alert' },
          h('strong', {}, `The model files changed at ${failed.at} but are invalid; still serving the previous model.`),
          h('ul', {}, failed.problems.map((p) => h('li', {}, h('code', {}, p)))),
        )
      : null,
  );
}

export async function startStatus(identity: HTMLElement, banners: HTMLElement): Promise<void> {
  let last = '';
  const tick = async (): Promise<ExplorerStatus | null> => {
    const status = await fetchStatus();
    const json = JSON.stringify(status);
    if (json !== last) {
      last = json;
      render(status, identity, banners);
    }
    return status;
  };
  const first = await tick();
  if (first?.reload.watching) setInterval(() => void tick(), POLL_MS);
}

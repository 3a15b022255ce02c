/**
 * Every `source` in model/ — of an element, or of a reference with its own — names a heading
 * of the paper it cites (test/support/paper-headings.ts says what counts as a heading). The
 * papers are kept in papers/, copies of the programme's seed papers.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel, Source } from '../../src/model/design-model.js';
import { shippedModel } from '../support/models.js';
import { PAPER_FILES, type PaperFile } from '../../src/model/papers.js';
import { PaperHeadings } from '../support/paper-headings.js';

const PAPERS_DIR = fileURLToPath(new URL('../../papers/', import.meta.url));

describe('headings of a paper', () => {
  const paper = new PaperHeadings(
    [
      '# Governance Group Updates',
      '## L2 and L3 Governance Group Updates',
      '### Programme Steering Group (PSG)',
      '#### Update from PSG 07 April 2022',
      '- CR001 and CR002 Change Requests** – The Programme presented the outputs',
      'MHHS Milestone Status (1)*',
      'Qualification Overview – Routes to Qualification',
      'Data Cut Approach Slido.com #MHHS',
      'Area\tTitle\tPurpose',
      '\tSI Workstream Update\tUpdate on activity',
    ].join('\n'),
  );

  it('are lines and table cells, without markdown marks, footnote stars or the Slido prompt', () => {
    expect(paper.has('Governance Group Updates')).toBe(true);
    expect(paper.has('Update from PSG 07 April 2022')).toBe(true);
    expect(paper.has('MHHS Milestone Status (1)')).toBe(true);
    expect(paper.has('Data Cut Approach')).toBe(true);
    expect(paper.has('SI Workstream Update')).toBe(true);
  });

  it('may be joined with " – " when they come in that order, including headings that contain " – "', () => {
    expect(paper.has('Programme Steering Group (PSG) – Update from PSG 07 April 2022')).toBe(true);
    expect(paper.has('Governance Group Updates – Programme Steering Group (PSG) – Update from PSG 07 April 2022')).toBe(true);
    expect(paper.has('Qualification Overview – Routes to Qualification')).toBe(true);
    expect(paper.has('Update from PSG 07 April 2022 – Programme Steering Group (PSG)')).toBe(false);
  });

  it('are not phrases from inside a line, nor headings with a word or number changed', () => {
    expect(paper.has('CR001 and CR002 Change Requests')).toBe(false);
    expect(paper.has('Update from PSG 08 April 2022')).toBe(false);
    expect(paper.has('MHHS Milestone Status')).toBe(false);
    expect(paper.has('Programme Steering Group')).toBe(false);
    expect(paper.has('Qualification Overview – Routes')).toBe(false);
  });
});

describe('the sources the model cites', () => {
  let model: DesignModel;
  const papers = new Map<PaperFile, PaperHeadings>();

  beforeAll(async () => {
    model = await shippedModel();
    for (const file of PAPER_FILES) papers.set(file, await PaperHeadings.read(`${PAPERS_DIR}${file}`));
  });

  const missing = (cited: readonly { where: string; source: Source }[]) =>
    cited.filter(({ source }) => !papers.get(source.paper)!.has(source.section)).map(({ where, source }) => `${where}: "${source.section}" is not a heading of ${source.paper}`);

  it('name headings of the cited paper, for every element', () => {
    const cited = model.nodes.flatMap((n) => (n.props.source ? [{ where: n.id, source: n.props.source }] : []));
    expect(cited.length).toBeGreaterThan(200);
    expect(missing(cited)).toEqual([]);
  });

  it('name headings of the cited paper, for every value a property gives with its source (papers that disagree)', () => {
    const cited = model.nodes.flatMap((n) =>
      Object.entries(n.props).flatMap(([property, value]) =>
        Array.isArray(value)
          ? value.flatMap((item, i) => (typeof item === 'object' && item !== null && 'source' in item ? [{ where: `${n.id}.${property}[${i}]`, source: item.source as Source }] : []))
          : [],
      ),
    );
    expect(cited.length).toBeGreaterThanOrEqual(4);
    expect(missing(cited)).toEqual([]);
  });

  it('name headings of the cited paper, for every reference with its own source', () => {
    const cited = model.edges.flatMap((e) =>
      e.provenance.state === 'SOURCE' && !e.provenance.inherited ? [{ where: `${e.from} ${e.type} ${e.to}`, source: e.provenance.source }] : [],
    );
    expect(cited.length).toBeGreaterThan(10);
    expect(missing(cited)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { renderImpactMarkdown, renderImpactText } from '../../src/export/impact.js';
import { renderJson } from '../../src/export/json.js';
import { formatPath } from '../../src/domain/path-pattern.js';
import { sampleImpact } from './sample-results.js';

describe('explanation paths', () => {
  it('read like a Cypher pattern, arrows following the relationship direction', () => {
    expect(formatPath(sampleImpact.impacted[1]!.path)).toBe('IF-021 <-[:REALISED_BY]- BRS007-FR-002 <-[:VERIFIES]- TC-003');
    const changes = { type: 'CHANGES', direction: 'OUT', to: 'IF-021' } as const;
    expect(formatPath({ start: 'CR023', hops: [{ ...changes, provenance: { state: 'EXAMPLE', note: 'x', inherited: true } }] })).toBe(
      'CR023 -[:CHANGES]-> IF-021',
    );
  });

  it('say which relationships are inferred, the author\'s own examples, or proposed', () => {
    const changes = { type: 'CHANGES', direction: 'OUT', to: 'IF-021' } as const;
    expect(formatPath({ start: 'CR023', hops: [{ ...changes, provenance: { state: 'INFERRED', note: 'from the CR title', inherited: false } }] })).toBe(
      'CR023 -[:CHANGES {inferred: "from the CR title"}]-> IF-021',
    );
    expect(formatPath({ start: 'CR023', hops: [{ ...changes, provenance: { state: 'EXAMPLE', note: "the author's", inherited: false } }] })).toBe(
      'CR023 -[:CHANGES {example: "the author\'s"}]-> IF-021',
    );
    const proposed = { ...changes, provenance: { state: 'EXAMPLE', note: 'x', inherited: true }, proposedBy: { cr: 'CR027', change: 'ADD' } } as const;
    expect(formatPath({ start: 'IF-021', hops: [{ ...proposed, direction: 'IN', to: 'CR023' }] })).toBe('IF-021 <-[:CHANGES {proposedBy: "ADD by CR027"}]- CR023');
  });
});

describe('impact as text', () => {
  it('lists the CR, then each kind with its elements, depths and paths, marking examples', () => {
    expect(renderImpactText(sampleImpact)).toBe(
      [
        'Impact of CR023 (Amend settlement interfaces), changing IF-021: 2 elements impacted within depth 3',
        '',
        'Requirement (1)',
        '  BRS007-FR-002  Send data to the MDS [example]  (depth 1)',
        '      IF-021 <-[:REALISED_BY]- BRS007-FR-002',
        '',
        'TestCase (1)',
        '  TC-003  Exercise IF-021  (depth 2)',
        '      IF-021 <-[:REALISED_BY]- BRS007-FR-002 <-[:VERIFIES]- TC-003',
        '',
      ].join('\n'),
    );
  });

  it('says when a change request changes no modelled element', () => {
    const empty = { ...sampleImpact, changed: [], impacted: [], byKind: [] };
    expect(renderImpactText(empty)).toBe(
      'Impact of CR023 (Amend settlement interfaces), changing no modelled element: 0 elements impacted within depth 3\n',
    );
  });
});

describe('impact as Markdown', () => {
  const md = renderImpactMarkdown(sampleImpact);

  it('has one section per kind with a row per element', () => {
    expect(md).toContain('## Requirement (1)');
    expect(md).toContain('| BRS007-FR-002 | Send data to the MDS [example] | 1 | `IF-021 <-[:REALISED_BY]- BRS007-FR-002` |');
    expect(md).toContain('## TestCase (1)');
  });
});

describe('JSON', () => {
  it('is the result object itself, so it round-trips', () => {
    expect(JSON.parse(renderJson(sampleImpact))).toEqual(sampleImpact);
  });
});

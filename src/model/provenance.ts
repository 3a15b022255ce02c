/**
 * Where a piece of the design comes from, and whether it is baselined design or proposed by a
 * change request — for elements and, separately, for each relationship.
 *
 * Three provenance states, exactly one per element:
 *   - `source: {paper, section}` — a fact a programme paper states, under that heading;
 *   - `example: why`            — an illustration written for this repository, not design;
 *   - `inferred: reason`        — a disclosed judgement ("from the CR title", "from the
 *                                 consecutive numbering"): plausible, not stated by a paper;
 *   - `recordedFrom: report`    — only on records of what happened (test results): the test
 *                                 report it was imported from (`run.junit.xml:12`).
 * A relationship inherits the provenance of the element it is written on unless its reference
 * says otherwise (`{id: IF-021, inferred: "from the CR title"}`).
 *
 * `proposedBy: {cr, change, note}` marks an element or relationship that a change request adds,
 * modifies or removes: the baselined design excludes what a CR adds and keeps what it removes,
 * until the CR is included (see src/store/design-scope.ts).
 */
import { z } from 'zod';
import type { Source } from './design-model.js';

export const PROVENANCE_STATES = ['SOURCE', 'EXAMPLE', 'INFERRED', 'RECORDED'] as const;
export type ProvenanceState = (typeof PROVENANCE_STATES)[number];

/** The YAML keys of the states, in the order messages list them. */
export const PROVENANCE_KEYS = ['source', 'example', 'inferred', 'recordedFrom'] as const;
export type ProvenanceKey = (typeof PROVENANCE_KEYS)[number];
/** What design elements and references may state (a kind may declare others: kinds.ts `provenance`). */
export const DESIGN_PROVENANCE_KEYS: readonly ProvenanceKey[] = ['source', 'example', 'inferred'];

export type Provenance =
  | { readonly state: 'SOURCE'; readonly source: Source }
  | { readonly state: 'EXAMPLE'; readonly note: string }
  | { readonly state: 'INFERRED'; readonly note: string }
  | { readonly state: 'RECORDED'; readonly note: string };

/** A relationship's provenance, and whether it is its element's (`inherited`) or written on the reference. */
export type EdgeProvenance = Provenance & { readonly inherited: boolean };

export const PROPOSAL_CHANGES = ['ADD', 'MODIFY', 'REMOVE'] as const;
export type ProposalChange = (typeof PROPOSAL_CHANGES)[number];

export const proposalSchema = z
  .strictObject({
    cr: z.string().describe('Id of the ChangeRequest that proposes this, e.g. CR027.'),
    change: z
      .enum(PROPOSAL_CHANGES)
      .describe('ADD: not in the baselined design until the CR is included; REMOVE: baselined, gone once it is; MODIFY: baselined and changed by it.'),
    note: z.string().min(1).optional().describe('What the change request proposes here.'),
  })
  .describe('Marks design a change request proposes (adds, modifies or removes) rather than baselined design.');

export type Proposal = z.infer<typeof proposalSchema>;

/** The provenance keys written on a mapping (an element or a reference object). */
export const provenanceKeysOf = (fields: Readonly<Record<string, unknown>>): ProvenanceKey[] =>
  PROVENANCE_KEYS.filter((key) => fields[key] !== undefined);

/** The provenance a validated mapping states, or undefined when it states none. */
export function provenanceOf(fields: Readonly<Record<string, unknown>>): Provenance | undefined {
  if (fields.source !== undefined) return { state: 'SOURCE', source: fields.source as Source };
  if (typeof fields.example === 'string') return { state: 'EXAMPLE', note: fields.example };
  if (typeof fields.inferred === 'string') return { state: 'INFERRED', note: fields.inferred };
  if (typeof fields.recordedFrom === 'string') return { state: 'RECORDED', note: fields.recordedFrom };
  return undefined;
}

/** How a provenance reads in one line: `source 001_….txt "Change Request Status"`, `inferred: from the CR title`. */
export function describeProvenance(provenance: Provenance): string {
  switch (provenance.state) {
    case 'SOURCE':
      return `source ${provenance.source.paper} "${provenance.source.section}"`;
    case 'EXAMPLE':
      return `example: ${provenance.note}`;
    case 'INFERRED':
      return `inferred: ${provenance.note}`;
    case 'RECORDED':
      return `recorded from ${provenance.note}`;
  }
}

/** `ADD by CR027`, with the note when there is one. */
export const describeProposal = ({ cr, change, note }: Proposal): string => `${change} by ${cr}${note ? ` (${note})` : ''}`;

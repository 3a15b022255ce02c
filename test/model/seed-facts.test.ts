/**
 * The facts issue #2 §2 asks the model to hold, read from the seed papers: each must be present,
 * of the right kind, and cite a paper (never be an example). If an edit to model/ drops or
 * mislabels one of them, this fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel, ModelNode } from '../../src/model/design-model.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { loadModel } from '../../src/model/load.js';

const range = (prefix: string, from: number, to: number, width: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(width, '0')}`);

/** Ids per kind, as the papers name them. */
const FACTS: Readonly<Partial<Record<NodeKind, readonly string[]>>> = {
  // seeds/002, the walkthrough table: BP012, BP014, BP015 and BP017 are not in it.
  BusinessProcess: [
    ...['001', '002', '003', '003A', '003B', '003C', '004', '005', '006', '007', '008', '009', '010', '011', '013', '016', '018', '019', '020', '021'].map((n) => `MHHSP-BP${n}`),
  ],
  Interface: [
    'IF-001', 'IF-002', ...range('IF-', 5, 9, 3), 'IF-018', ...range('IF-', 21, 26, 3), ...range('IF-', 31, 39, 3), 'IF-041', 'REP-003',
  ],
  Role: [
    'SDS', 'MDR', 'ADS', 'UMSDS', 'UMSO', 'LDSO', 'SMRA-ERDA', 'SUPPLIER', 'MEM-ADVANCED', 'MEM-SMART', // QAD roles table
    'MRS', 'PSS', 'REGISTRATION', 'MDS', 'LSS', 'VAS', 'ISD', 'DIP', 'EES', // TOM and central services
  ],
  Artefact: ['BRS007', 'BRS008', 'BRS009', 'BRS013', 'METH005', 'INTERFACE-CATALOGUE', 'BPD013', 'BPD019', 'BPD020'],
  ChangeRequest: ['CR001', 'CR002', ...range('CR', 17, 31, 3)],
  DesignRelease: ['M5', ...range('IR', 1, 11, 1)],
  TestPhase: ['PIT', 'SIT-CIT', 'SIT-FUNCTIONAL', 'SIT-MIGRATION', 'SIT-NON-FUNCTIONAL', 'SIT-OPERATIONAL', 'QT'],
  DesignPrinciple: range('DP-', 0, 15, 2),
};

describe('the model holds the facts of the seed papers', () => {
  let model: DesignModel;
  const node = (id: string): ModelNode => {
    const found = model.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`${id} is missing from model/`);
    return found;
  };

  beforeAll(async () => {
    model = await loadModel('model');
  });

  for (const [kind, ids] of Object.entries(FACTS)) {
    it(`has every ${kind} the papers name, each citing its paper`, () => {
      for (const id of ids!) {
        const element = node(id);
        expect(element.kind, id).toBe(kind);
        expect(element.props.source?.paper, `${id} cites a paper`).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
        expect(element.props.example, `${id} is not an example`).toBeUndefined();
      }
    });
  }

  it('gives the QAD roles their code bodies and nearest legacy roles (seeds/000)', () => {
    expect(node('ADS').props).toMatchObject({ codeBodies: ['BSC'], legacyRole: 'Half Hourly Data Collector (HHDC)' });
    expect(node('MDR').props).toMatchObject({ codeBodies: ['SEC'], legacyRole: 'None' });
    expect(node('UMSDS').props).toMatchObject({ legacyRole: 'Meter Administrator (MA)' });
    expect(node('LDSO').props.codeBodies).toEqual(['BSC', 'REC']);
    expect(node('MEM-SMART').props.codeBodies).toEqual(['REC']);
  });

  it('gives SIT CIT its six entry intervals with their systems (seeds/000)', () => {
    const intervals = node('SIT-CIT').props.entryIntervals as { number: number; systems: string[] }[];
    expect(intervals.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(intervals[2]!.systems).toEqual(['SDS', 'ADS']);
  });

  it('records change requests with raiser, type, status, stage and implementing release (seeds/001)', () => {
    expect(node('CR025').props).toMatchObject({ name: 'DIP Interface Name Changes', approvalStatus: 'Approved', stage: 'Implementation' });
    const implementedIn = (cr: string) => model.edges.filter((e) => e.type === 'IMPLEMENTED_IN' && e.from === cr).map((e) => e.to);
    expect(implementedIn('CR019')).toEqual(['IR5']);
    expect(implementedIn('CR025')).toEqual(['IR11']);
  });

  it('dates the SIT phases as the papers do (seeds/001)', () => {
    expect(node('SIT-FUNCTIONAL').props.startDate).toBe('2024-03-11');
    expect(node('SIT-NON-FUNCTIONAL').props.startDate).toBe('2024-09-02');
  });
});

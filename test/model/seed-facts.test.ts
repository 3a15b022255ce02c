/**
 * The facts issue #2 §2 and issue #13 §2 ask the model to hold, read from the seed papers: each must be present,
 * of the right kind, and cite a paper (never be an example). If an edit to model/ drops or
 * mislabels one of them, this fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel, ModelNode } from '../../src/model/design-model.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { shippedModel } from '../support/models.js';

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
    'HHDC', 'NHHDC', 'HHMOP', 'NHHMOP', 'CDCA', 'DCC', // legacy roles in SIT, central parties
  ],
  // seeds/001 "MHHS Milestone Status (1)" and "(2)", the decision choreography, the Level 1 milestones the papers date or name.
  Milestone: [
    'T3-DB-0035', 'T3-TE-0017', 'T3-TE-0013', 'T2-TE-0200', 'T2-RE-0250', 'T3-TE-0019', 'T2-RE-0200', 'T3-DB-0083', 'T2-TE-0250',
    'T2-DB-0100', 'T3-TE-0060', 'M9', 'T1-CP-2000', 'T3-DB-0039', 'T2-TE-0300', 'T2-RA-0200', 'T3-TE-0090', 'T3-TE-0061', 'T3-TE-0091',
    'T2-DB-0250', 'T2-TE-0350', 'T2-DB-0200', 'T2-RE-0300', 'T2-RE-0400', 'T3-TE-0062', 'T2-TE-0400', 'T3-TE-0063', 'T3-TE-0069',
    'M6', 'M7', 'M8', 'M10', 'M11', 'M14', 'M15', 'M16',
    ...[1, 2, 3, 4].map((n) => `MS-DESIGN-TRANCHE-${n}-APPROVAL`), // seeds/003, the DAG agenda roadmap
    'MS-SIT-CIT-5-READY', 'MS-SIT-CIT-6-READY', 'MS-MPRS-READY-SIT-FUNCTIONAL', 'MS-DNO-SIT-FUNCTIONAL-START',
  ],
  GovernanceGroup: [
    'PSG', 'DAG', 'TMAG', 'CCAG', 'CHANGE-BOARD', 'OFGEM', 'FTIG', 'DWG', 'MWG', 'EWG', 'QWG', 'SITWG', 'NFTWG', 'MDSG', 'CDWG',
    'BPRWG', 'SDWG', 'TDWG', 'SASWG', 'MTDSG', 'DCWG', 'DRG', 'CCIAG',
  ],
  System: ['HELIX', 'MPRS', 'CSS', 'DTN', 'DATA-GENERATOR', 'DIP-SIMULATOR'],
  CodeDraftingTranche: ['CDT-1', 'CDT-2', 'CDT-3'],
  CodeDraftingTopic: [
    'CDT-DATA-SERVICES', 'CDT-METERING-SERVICES', 'CDT-REGISTRATION', 'CDT-BSC-CENTRAL-SERVICES', 'CDT-GOVERNANCE-QUALIFICATION',
    'CDT-MIGRATION', 'CDT-TRANSITION-INTERFACES', 'CDT-MOP-UP', 'CDT-CONSEQUENTIAL-CHANGE', 'CDT-FINALISE',
  ],
  Artefact: ['BRS007', 'BRS008', 'BRS009', 'BRS013', 'METH005', 'INTERFACE-CATALOGUE', 'BPD013', 'BPD019', 'BPD020'],
  // CR020, CR021 and IR6–IR10 are in no paper: the model keeps them as inferences (below).
  ChangeRequest: ['CR001', 'CR002', ...range('CR', 3, 5, 3), 'CR017', 'CR018', 'CR019', ...range('CR', 22, 31, 3), 'CR-M6-M7-DATES', 'CR-GOVERNANCE-FRAMEWORK-TMAG'],
  DesignRelease: ['M5', ...range('IR', 1, 5, 1), 'IR11'],
  TestPhase: ['PIT', 'SIT', 'SIT-CIT', 'SIT-FUNCTIONAL', 'SIT-MIGRATION', 'SIT-NON-FUNCTIONAL', 'SIT-OPERATIONAL', 'QT', 'UIT', 'E2E-SANDBOX', 'NON-SIT-LDSO'],
  DesignPrinciple: range('DP-', 0, 15, 2),
  EntryInterval: range('SIT-CIT-INTERVAL-', 1, 6, 1),
  QualificationRoute: ['QR-SIT', 'QR-NON-SIT'],
  QualificationStep: ['QS-SIT-PIT-DBT1', 'QS-NON-SIT-PIT-DBT1', 'QS-SIT', 'QS-QT', 'QS-SECURITY-CONTROLS', 'QS-DBT2-PIT'],
  QualificationIteration: ['QAP-CURRENT', 'QAP-2', 'QAP-3', 'QAP-4', 'QAP-FINAL', 'QAD-OUTLINE', 'QAD-BASELINE', 'QAD-FINAL'],
  SitCohortRole: ['ADS', 'SDS', 'MEM-ADVANCED', 'MEM-SMART', 'UMSDS', 'HHDC', 'HHMOP', 'NHHDC', 'NHHMOP', 'SUPPLIER', 'LDSO', 'UMSO', 'MSP', 'NG-ESO'].map((r) => `SIT-MVC-${r}`),
};

describe('the model holds the facts of the seed papers', () => {
  let model: DesignModel;
  const node = (id: string): ModelNode => {
    const found = model.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`${id} is missing from model/`);
    return found;
  };

  const edgesFrom = (id: string, type: string) => model.edges.filter((e) => e.from === id && e.type === type).map((e) => e.to);
  const edgesTo = (id: string, type: string) => model.edges.filter((e) => e.to === id && e.type === type).map((e) => e.from);
  const section = (id: string) => node(id).props.source?.section;

  beforeAll(async () => {
    model = await shippedModel();
  });

  it('marks what no paper states as inferred, with its reason, never as a fact', () => {
    for (const id of ['CR020', 'CR021', 'IR6', 'IR7', 'IR8', 'IR9', 'IR10']) {
      expect(node(id).props.source, `${id} cites no paper`).toBeUndefined();
      expect(node(id).props.inferred, `${id} says why it is inferred`).toMatch(/consecutive numbering/);
    }
    // CR001: the paper gives no status or stage column for it.
    expect(node('CR001').props).not.toHaveProperty('approvalStatus');
    expect(node('CR001').props).not.toHaveProperty('stage');
  });

  it('marks the data items of IF-018 and the providers of IF-033/IF-034 as inferred, each with its reason (no paper lists them)', () => {
    const links = (id: string, type: string) => model.edges.filter((e) => e.from === id && e.type === type);
    expect(links('IF-018', 'CARRIES').map((e) => `${e.to} ${e.provenance.state}`)).toEqual(['DI-010 INFERRED', 'DI-011 INFERRED', 'DI-013 INFERRED']);
    for (const [id, type] of [['IF-033', 'TO'], ['IF-034', 'FROM'], ['IF-034', 'TO']] as const) {
      expect(links(id, type).length, `${id} ${type}`).toBeGreaterThan(0);
      for (const e of links(id, type)) expect(e.provenance, `${id} ${type} ${e.to}`).toMatchObject({ state: 'INFERRED', inherited: false });
    }
    // IF-033's sender is in its name ("Registration Service Request …"): a fact, inherited from the element.
    expect(links('IF-033', 'FROM').map((e) => `${e.to} ${e.provenance.state} ${e.provenance.inherited}`)).toEqual(['REGISTRATION SOURCE true']);
  });

  it('claims no code bodies or procurement the papers do not state for the central and TOM services (seeds/002)', () => {
    for (const id of ['REGISTRATION', 'MDS', 'LSS', 'VAS', 'ISD']) expect(node(id).props, id).not.toHaveProperty('codeBodies');
    for (const id of ['SDS', 'ADS', 'MDS', 'LSS', 'VAS', 'ISD']) {
      expect(node(id).props.description ?? '', id).not.toMatch(/Procured by Suppliers|BSC Central Service/);
    }
    expect(node('DI-007').props.name, 'the papers write only "MTD"').toBe('MTD');
  });

  it('names each design principle by its statement, with the scope and sub-principles of the table (seeds/003)', () => {
    expect(node('DP-00').props).toMatchObject({ name: 'The solution will be designed to support timely and accurate settlement', scope: 'System Wide' });
    expect(node('DP-03').props).toMatchObject({ scope: 'DIP', subPrinciples: ['Sending parties are responsible for any follow up for business processes requiring completion (PRI026)'] });
    expect(node('DP-06').props.subPrinciples).toHaveLength(3);
    expect(node('DP-10').props.scope).toBe('DiP');
    for (const id of range('DP-', 0, 15, 2)) {
      const { name, description } = node(id).props;
      expect(description ?? `${name}.`, `${id}'s name is the start of its statement`).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('dates M5 as the DAG roadmap of paper 003 places it', () => {
    expect(node('M5').props.source).toEqual({ paper: '003_1b0d01ba15ed69f0.txt', section: 'DAG Forward Look' });
    expect(node('M5').props.description).toContain('27 April 2022');
    expect(node('M5').props.description).toContain('8 June 2022');
  });

  it("holds IF-021's directions as sender → receiver pairs, each the model's reading of the TOM text (seeds/002)", () => {
    expect(model.edges.filter((e) => e.from === 'IF-021' && (e.type === 'FROM' || e.type === 'TO')), 'no flat lists').toEqual([]);
    const flows = edgesTo('IF-021', 'FLOW_OF').sort();
    expect(flows.map((flow) => `${edgesFrom(flow, 'FLOW_FROM')} -> ${edgesFrom(flow, 'FLOW_TO')}`)).toEqual(['ADS -> MDS', 'PSS -> LSS', 'PSS -> MDS']);
    for (const flow of flows) {
      expect(node(flow).props.source, `${flow} cites no paper`).toBeUndefined();
      expect(node(flow).props.inferred, `${flow} says why`).toMatch(/^paper 002: /);
    }
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

  it('gives SIT CIT its six entry intervals, linked to the roles and systems entering, as written and as links (seeds/000)', () => {
    const intervals = edgesTo('SIT-CIT', 'INTERVAL_OF').sort();
    expect(intervals).toEqual(range('SIT-CIT-INTERVAL-', 1, 6, 1));
    expect(intervals.map((i) => node(i).props.startDate)).toEqual(['2023-10-30', '2023-11-13', '2023-11-27', '2023-12-11', '2024-01-15', '2024-01-29']);
    expect(node('SIT-CIT-INTERVAL-3').props.systems).toEqual(['SDS', 'ADS']);
    expect(edgesFrom('SIT-CIT-INTERVAL-3', 'ENTERS').sort()).toEqual(['ADS', 'SDS']);
    expect(edgesFrom('SIT-CIT-INTERVAL-1', 'ENTERS').sort(), 'Settlement Operations is linked to nothing').toEqual(['DIP', 'LSS', 'MDS', 'VAS']);
    expect(edgesTo('MPRS', 'ENTERS').sort(), 'MPRS Drop 1 and Drop 2').toEqual(['SIT-CIT-INTERVAL-2', 'SIT-CIT-INTERVAL-6']);
    const enters = (interval: string) => model.edges.filter((e) => e.from === interval && e.type === 'ENTERS').map((e) => `${e.to} ${e.provenance.state}`).sort();
    expect(enters('SIT-CIT-INTERVAL-4')).toEqual(['MEM-ADVANCED INFERRED', 'MEM-SMART INFERRED']);
    expect(enters('SIT-CIT-INTERVAL-5')).toEqual(['LDSO INFERRED', 'SUPPLIER SOURCE', 'UMSO SOURCE']);
    // MPRS is the registration system (seeds/001's MPRS plan): an inference, with its reason, so interval 2 tests the Registration Service.
    const serves = model.edges.filter((e) => e.type === 'SERVES').map((e) => `${e.from} ${e.to} ${e.provenance.state}`);
    expect(serves).toEqual(['MPRS REGISTRATION INFERRED']);
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


  it('dates the milestones as the milestone tables do, baseline and forecast (seeds/001)', () => {
    expect(node('M9').props).toMatchObject({ tier: 1, planId: 'T1-TE-1000', date: '2023-10-30', rag: 'YELLOW' });
    expect(node('T2-DB-0250').props).toMatchObject({ tier: 2, date: '2023-08-03', forecastDate: '2023-11-15', rag: 'RED' });
    expect(node('T2-RE-0200').props).toMatchObject({ date: '2023-09-14', forecastDate: '2023-09-27' });
    expect(node('T3-DB-0083').props.date).toBe('2023-10-04');
    expect(section('T3-TE-0063')).toBe('MHHS Milestone Status (2)');
    expect(node('M6').props).toMatchObject({ name: 'Code changes baselined (M6)', date: '2024-08-23' });
    expect(node('M8').props.date).toBe('2025-03-07');
    expect(node('M10').props.date).toBe('2025-03-07');
  });

  it('keeps both dates of SIT Functional start: the programme\'s and the DNO Round 3 plan\'s (seeds/000, seeds/001)', () => {
    expect(node('SIT-FUNCTIONAL').props.startDate).toBe('2024-03-11');
    expect(node('MS-DNO-SIT-FUNCTIONAL-START').props.date).toBe('2024-02-27');
    expect(edgesFrom('MS-DNO-SIT-FUNCTIONAL-START', 'CONCERNS')).toEqual(['SIT-FUNCTIONAL']);
    expect(section('MS-DNO-SIT-FUNCTIONAL-START')).toBe('Delivery Dashboards – DNO Key Milestones (in Round 3 plan)');
  });

  it('dates the design tranche approvals of the DAG agenda roadmap (seeds/003)', () => {
    expect([1, 2, 3, 4].map((n) => node(`MS-DESIGN-TRANCHE-${n}-APPROVAL`).props.date)).toEqual(['2022-05-04', '2022-05-25', '2022-06-22', '2022-07-13']);
    expect(edgesFrom('MS-DESIGN-TRANCHE-1-APPROVAL', 'GOVERNED_BY')).toEqual(['DAG']);
  });

  it('keeps both papers\' dates where they disagree on one property, each with its source (seeds/001, seeds/004)', () => {
    expect(node('M9').props.datesStated).toEqual([
      { date: '2023-10-30', source: { paper: '001_d1f968c49c57fad5.txt', section: 'MHHS Milestone Status (1)' } },
      { date: '2023-11-01', source: { paper: '001_d1f968c49c57fad5.txt', section: 'Delivery Dashboards – Core Capability Provider Delivery Plans' } },
    ]);
    expect(node('CDT-2').props.consultationClosesStated).toEqual([
      { date: '2023-06-21', source: { paper: '004_ea25bf0244bcb374.txt', section: 'Wider Programme updates' } },
      { date: '2023-07-12', source: { paper: '001_d1f968c49c57fad5.txt', section: 'Delivery Dashboards – Code Drafting Status' } },
    ]);
    // The property itself holds one of the stated dates.
    expect(node('M9').props.date).toBe('2023-10-30');
    expect(node('CDT-2').props.consultationCloses).toBe('2023-06-21');
  });

  it('holds the qualification routes with the steps they share (seeds/000)', () => {
    const stepsOf = (route: string) => edgesTo(route, 'ON_ROUTE').sort();
    expect(stepsOf('QR-SIT')).toEqual(['QS-DBT2-PIT', 'QS-SECURITY-CONTROLS', 'QS-SIT', 'QS-SIT-PIT-DBT1']);
    expect(stepsOf('QR-NON-SIT')).toEqual(['QS-DBT2-PIT', 'QS-NON-SIT-PIT-DBT1', 'QS-QT', 'QS-SECURITY-CONTROLS']);
    expect(stepsOf('QR-SIT').filter((s) => stepsOf('QR-NON-SIT').includes(s))).toEqual(['QS-DBT2-PIT', 'QS-SECURITY-CONTROLS']);
    expect(node('QS-NON-SIT-PIT-DBT1').props.reviewedBy).toBe('Code Bodies');
    expect(edgesFrom('QS-QT', 'QUALIFIES_THROUGH')).toEqual(['QT']);
  });

  it('holds the QA&P and QAD iterations, both papers\' QAD dates with their sources (seeds/000, seeds/001)', () => {
    expect(node('QAP-2').props).toMatchObject({ document: 'QAP', dependencyDates: ['2023-07-19', '2023-08-16'] });
    expect(edgesFrom('QAP-2', 'AWAITS_PHASE').sort()).toEqual(['SIT-CIT', 'SIT-FUNCTIONAL']);
    expect(node('QAP-FINAL').props.dependencyDates).toEqual(['2024-05-15']);
    const baseline = node('QAD-BASELINE').props;
    expect(baseline).toMatchObject({ approvalDate: '2023-11', issueDate: '2023-11-30' });
    const stated = (dates: unknown) => (dates as { date: string; source: { paper: string } }[]).map((d) => `${d.date} ${d.source.paper.slice(0, 3)}`);
    expect(stated(baseline.issueDateStated)).toEqual(['2023-11-30 000', '2024-01 001']);
    expect(stated(node('QAD-FINAL').props.approvalDateStated)).toEqual(['2024-06 000', '2024-05 001']);
    expect(section('QAD-OUTLINE')).toBe('Qualification Assessment Document');
  });

  it('holds the SIT minimum viable cohort, role by role, with counts and participants (seeds/001)', () => {
    expect(node('SIT-MVC-ADS').props).toMatchObject({ constituency: 'Supplier / Independent Agent', constituencyParticipants: 17, mvcRequired: 2, confirmed: 10 });
    expect(node('SIT-MVC-ADS').props.participants).toHaveLength(10);
    expect(node('SIT-MVC-SUPPLIER').props.participants).toHaveLength(10);
    expect(edgesFrom('SIT-MVC-HHMOP', 'COHORT_ROLE')).toEqual(['HHMOP']);
    expect(model.edges.find((e) => e.from === 'SIT-MVC-LDSO' && e.type === 'COHORT_ROLE')!.provenance.state).toBe('INFERRED');
    expect(node('SIT-MVC-MSP').props).not.toHaveProperty('mvcRequired');
    expect(edgesFrom('SIT-MVC-MSP', 'COHORT_ROLE')).toEqual([]);
  });

  it('holds the design dashboard: tranche × service, artefact count, planned and expected DAG month (seeds/003)', () => {
    const rows = model.nodes.filter((n) => n.kind === 'DesignTrancheService');
    expect(rows).toHaveLength(23);
    const total = (tranche: number | undefined) => rows.filter((r) => r.props.tranche === tranche).reduce((sum, r) => sum + Number(r.props.artefactCount), 0);
    expect([1, 2, 3, 4, undefined].map(total)).toEqual([30, 32, 15, 11, 4]);
    expect(node('DT-2-REGISTRATION').props).toMatchObject({ tranche: 2, service: 'Registration Service', artefactCount: 15, plannedDagMonth: '2022-05', expectedDagMonth: '2022-05' });
    expect(node('DT-1-DIP-TECHNICAL-DOCUMENTS').props.plannedDagMonth).toBe('2022-03');
    expect(edgesFrom('DT-1-LSS', 'TRANCHE_SERVICE')).toEqual(['LSS']);
    expect(model.edges.find((e) => e.from === 'DT-2-UMSDS' && e.type === 'TRANCHE_SERVICE')!.provenance.state).toBe('INFERRED');
    expect(node('DT-TBC-SECURITY-ARTEFACTS').props).not.toHaveProperty('tranche');
  });

  it('dates M14 and M15 as the Open Day does (seeds/000)', () => {
    expect(node('M14').props.date).toBe('2026-03-16');
    expect(node('M15').props.date).toBe('2026-10-05');
    expect(node('M15').props.source?.paper).toBe('000_def75e404d187257.txt');
  });

  it('links milestones to what they depend on and concern, as the decision choreography states (seeds/001)', () => {
    expect(edgesFrom('M9', 'DEPENDS_ON').sort()).toEqual(['T1-CP-2000', 'T2-TE-0250', 'T3-TE-0060']);
    expect(edgesFrom('T3-TE-0060', 'DEPENDS_ON').sort()).toEqual(['M9', 'T2-TE-0250']);
    expect(edgesTo('SIT-FUNCTIONAL', 'DEPENDS_ON')).toEqual(['T2-TE-0250']);
    expect(edgesFrom('M9', 'GOVERNED_BY')).toEqual(['PSG']);
    expect(edgesFrom('T2-TE-0250', 'GOVERNED_BY')).toEqual(['TMAG']);
    expect(edgesFrom('T3-DB-0083', 'CONCERNS')).toEqual(['IR5']);
    expect(edgesFrom('T2-RE-0250', 'CONCERNS')).toEqual(['CDT-REGISTRATION']);
    const choreography = model.edges.find((e) => e.from === 'M9' && e.to === 'T1-CP-2000')!.provenance;
    expect(choreography).toMatchObject({ state: 'SOURCE', inherited: false, source: { section: 'REMINDER: Overview of Decision Choreography and High-Level Criteria' } });
  });

  it('records the decisions of the governance groups with body, date and outcome', () => {
    const decision = (id: string) => ({ ...node(id).props, decidedBy: edgesFrom(id, 'DECIDED_BY'), on: edgesFrom(id, 'DECIDES_ON') });
    // seeds/001, "Updates from DAG 09 August 2023"
    expect(decision('DEC-DAG-20230809-01')).toMatchObject({ date: '2023-08-09', outcome: 'APPROVED', decidedBy: ['DAG'], on: ['CR024'] });
    expect(decision('DEC-DAG-20230809-02')).toMatchObject({ outcome: 'DEFERRED', decidedBy: ['DAG'], on: ['CR023', 'CR027'] });
    expect(decision('DEC-DAG-20230809-03')).toMatchObject({ outcome: 'APPROVED_FOR_IMPACT_ASSESSMENT', on: ['CR028', 'CR029', 'CR030'] });
    // seeds/001, Change Request Status
    expect(decision('DEC-CHANGE-BOARD-20230704-01')).toMatchObject({ date: '2023-07-04', decidedBy: ['CHANGE-BOARD'], on: ['CR026'] });
    expect(decision('DEC-CHANGE-BOARD-20230829-01')).toMatchObject({ outcome: 'VALIDATED', on: ['CR031'] });
    // seeds/004, "Updates from PSG 08 June 2023" and "Update from CCAG 24 May 2023"
    expect(decision('DEC-PSG-20230608-01')).toMatchObject({ date: '2023-06-08', outcome: 'APPROVED', decidedBy: ['PSG'], on: ['CR022'] });
    expect(decision('DEC-CCAG-20230524-01')).toMatchObject({ outcome: 'ACCEPTED', decidedBy: ['CCAG'], on: ['CDT-1'] });
    expect(node('DEC-CCAG-20230524-01').props.source?.paper).toBe('004_ea25bf0244bcb374.txt');
    // seeds/003, "Update from PSG 07 April 2022"
    expect(decision('DEC-PSG-20220407-01')).toMatchObject({ date: '2022-04-07', outcome: 'RECOMMENDED', on: ['CR001', 'CR002'] });
    expect(node('DEC-PSG-20220407-01').props.source?.paper).toBe('003_1b0d01ba15ed69f0.txt');
  });

  it('places the working groups under the groups they report to (seeds/003, seeds/004)', () => {
    expect(edgesTo('TMAG', 'REPORTS_TO').sort()).toEqual(['DWG', 'EWG', 'MDSG', 'MWG', 'NFTWG', 'QWG', 'SITWG']);
    expect(edgesTo('DAG', 'REPORTS_TO').sort()).toEqual(['BPRWG', 'SDWG', 'TDWG']);
    expect(node('BPRWG').props.level).toBe(4);
    expect(node('QWG').props.name).toBe('Qualification and E2E Sandbox Working Group');
  });

  it('gives change requests their owner, latest action with its date and deciding body (seeds/001)', () => {
    expect(node('CR024').props).toMatchObject({ owner: 'Paul Pettitt, MHHS Programme', latestAction: 'Approved by DAG', latestActionDate: '2023-08-09' });
    expect(node('CR026').props).toMatchObject({ owner: 'Lewis Hall, MHHS Programme', latestActionDate: '2023-07-04' });
    expect(node('CR030').props).toMatchObject({ latestAction: 'Impact Assessment completed', latestActionDate: '2023-08-25' });
    expect(node('CR030').props.owner, 'the table says TBC').toBeUndefined();
    expect(edgesFrom('CR022', 'DECIDING_BODY')).toEqual(['OFGEM']);
    expect(edgesFrom('CR026', 'DECIDING_BODY')).toEqual(['CHANGE-BOARD']);
    expect(edgesFrom('CR023', 'DECIDING_BODY')).toEqual(['DAG']);
    expect(edgesFrom('CR031', 'CHANGES')).toEqual(['T2-DB-0250']);
  });

  it('holds the change requests the papers mention without a row in the status table (seeds/003)', () => {
    expect(section('CR004')).toBe('Programme Steering Group (PSG) – Update from PSG 07 April 2022');
    expect(node('CR-M6-M7-DATES').props).toMatchObject({ latestAction: 'Presented to the Change Board', latestActionDate: '2022-03-24' });
    expect(edgesFrom('CR-M6-M7-DATES', 'CHANGES')).toEqual(['M6', 'M7']);
  });

  it('nests the test phases under their parent phase (seeds/000, 001, 002)', () => {
    for (const stage of ['SIT-CIT', 'SIT-FUNCTIONAL', 'SIT-MIGRATION', 'SIT-NON-FUNCTIONAL', 'SIT-OPERATIONAL']) expect(edgesFrom(stage, 'SUBPHASE_OF')).toEqual(['SIT']);
    expect(edgesTo('UIT', 'SUBPHASE_OF').sort()).toEqual(['E2E-SANDBOX', 'QT']);
    expect(edgesFrom('NON-SIT-LDSO', 'SUBPHASE_OF')).toEqual(['QT']);
    expect(node('NON-SIT-LDSO').props.startDate).toBe('2024-07-02');
    expect(node('SIT').props.startDate).toBe('2023-10-30');
    expect(node('E2E-SANDBOX').props.source?.paper).toBe('002_7b18836af3686f9f.txt');
  });

  it('names the systems and what the Data Generator produces (seeds/001, seeds/004)', () => {
    expect(node('MPRS').props.operator).toBe('St Clements');
    expect(node('HELIX').props.operator).toBe('Elexon');
    expect(node('DATA-GENERATOR').props.releaseDate).toBe('2023-05-24');
    expect(edgesFrom('DATA-GENERATOR', 'PRODUCES')).toEqual(['IF-021', 'IF-041']);
    expect(node('CDCA').props).toMatchObject({ name: 'Central Data Collection Agent', category: 'CENTRAL_SERVICE' });
  });

  it('dates the code drafting tranches and topics and marks the tranche-1 topics as inferred (seeds/001, seeds/004)', () => {
    expect(node('CDT-2').props.consultationCloses).toBe('2023-06-21');
    expect(node('CDT-3').props.consultationCloses).toBe('2023-09-08');
    expect(node('CDT-REGISTRATION').props).toMatchObject({ approvalDate: '2023-08-23', codes: ['BSC', 'REC'] });
    expect(node('CDT-BSC-CENTRAL-SERVICES').props).toMatchObject({ approvalDate: '2023-09-27', status: 'Green' });
    expect(edgesFrom('CDT-REGISTRATION', 'IN_TRANCHE')).toEqual(['CDT-2']);
    expect(edgesFrom('CDT-GOVERNANCE-QUALIFICATION', 'IN_TRANCHE')).toEqual(['CDT-3']);
    const tranche1 = model.edges.find((e) => e.from === 'CDT-DATA-SERVICES' && e.type === 'IN_TRANCHE')!;
    expect(tranche1).toMatchObject({ to: 'CDT-1', provenance: { state: 'INFERRED', inherited: false } });
    // The clauses are examples, and so are their drafting links.
    const drafted = model.edges.find((e) => e.from === 'REC-RS-4.1' && e.type === 'DRAFTED_IN')!;
    expect(drafted).toMatchObject({ to: 'CDT-REGISTRATION', provenance: { state: 'EXAMPLE', inherited: true } });
  });
});

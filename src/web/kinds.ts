/** How each kind of element looks in the explorer: one colour per kind, in badges and pictures. */
import type { NodeKind } from './generated/graphql';

export const KIND_COLOURS: Readonly<Record<NodeKind, string>> = {
  Artefact: '#6b7280',
  BusinessProcess: '#7c3aed',
  ProcessStep: '#a78bfa',
  Interface: '#0369a1',
  InterfaceFlow: '#0284c7',
  DataItem: '#38bdf8',
  Requirement: '#b45309',
  Role: '#047857',
  TestPhase: '#be123c',
  EntryInterval: '#9f1239',
  TestScenario: '#e11d48',
  TestCase: '#f43f5e',
  TestResult: '#fb7185',
  ChangeRequest: '#1d4ed8',
  DesignRelease: '#4338ca',
  CodeClause: '#854d0e',
  DesignPrinciple: '#0f766e',
  Milestone: '#c2410c',
  GovernanceGroup: '#9d174d',
  Decision: '#db2777',
  System: '#15803d',
  CodeDraftingTranche: '#a16207',
  CodeDraftingTopic: '#ca8a04',
  QualificationRoute: '#4d7c0f',
  QualificationStep: '#65a30d',
  QualificationIteration: '#84cc16',
  SitCohortRole: '#0f766e',
  DesignTrancheService: '#57534e',
};

/** `BusinessProcess` → `Business process`. */
export const kindLabel = (kind: NodeKind): string => kind.replace(/(?<=[a-z])([A-Z])/g, ' $1').replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** `exercisedBy` → `exercised by`. */
export const fieldLabel = (field: string): string => field.replace(/([A-Z])/g, (c) => ` ${c.toLowerCase()}`);

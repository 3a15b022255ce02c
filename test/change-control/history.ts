/**
 * The design history the change-control tests share, made with real git commands in a temporary
 * repository (test/support/git-fixture.ts), starting from the small model:
 *
 *   ir4      the small model as it is
 *   renamed  two files moved or renamed, one element moved to another file with its keys reordered, a
 *            comment reworded, a text reflowed over two lines: no design change
 *   ir5      BRS007-FR-001 renamed and reworded, its REALISED_BY IF-021 given its own provenance
 *            (inferred); BRS007-FR-005 added (applies to ADS); TC-PIT-001-02
 *            removed (with its EXERCISES and IN_SCENARIO); BRS007-FR-003 no longer applies to SUPPLIER;
 *            IF-031 gets tranche 2
 *   (main~2) the releases name their baselines: IR4 -> ir4, IR5 -> ir5, and IR4 is added
 *   broken   a role with a wrong category
 *   main     the category fixed again
 */
import { GitFixture } from '../support/git-fixture.js';

export interface DesignHistory {
  readonly repo: GitFixture;
  readonly commits: Readonly<Record<'ir4' | 'renamed' | 'ir5' | 'baselines' | 'broken' | 'fixed', string>>;
}

export async function designHistory(): Promise<DesignHistory> {
  const repo = await GitFixture.create();
  const ir4 = repo.commit('IR4 design', 'ir4');

  await repo.move('brs007.yaml', 'requirements/BRS007.yaml');
  await repo.move('roles.yaml', 'roles.yml');
  await repo.edit(
    'requirements/BRS007.yaml',
    '    text: The Advanced Data Service shall accept smart consumption data from the Meter Data Retriever.\n',
    '    text: >-\n      The Advanced Data Service shall accept smart consumption data\n      from the   Meter Data Retriever.\n',
  );
  await repo.edit('roles.yml', '# Two services with code bodies', '# Services with code bodies');
  // DP-01 moves from change-control.yaml to a file of its own: same id, same content.
  await repo.edit(
    'change-control.yaml',
    'designPrinciples:\n  - id: DP-01\n    name: Data once\n    number: 1\n    example: Guides BRS007-FR-001; impact does not flow through principles.\n',
    '',
  );
  await repo.write('principles.yaml', 'designPrinciples:\n  - example: Guides BRS007-FR-001; impact does not flow through principles.\n    number: 1\n    name: Data once\n    id: DP-01\n');
  const renamed = repo.commit('Reorganise the model files', 'renamed');

  await repo.edit('requirements/BRS007.yaml', 'name: Send consumption data\n    text: The Advanced Data Service shall send consumption data to the Supplier.', 'name: Send validated consumption data\n    text: The Advanced Data Service shall send validated consumption data to the Supplier.');
  await repo.edit(
    'requirements/BRS007.yaml',
    'requirements:\n',
    'requirements:\n  - id: BRS007-FR-005\n    name: Report missing data\n    text: The Advanced Data Service shall report missing consumption data.\n    category: FUNCTIONAL\n    appliesTo: [ADS]\n    example: Added in IR5.\n',
  );
  await repo.edit('requirements/BRS007.yaml', 'appliesTo: [ADS, SUPPLIER]', 'appliesTo: [ADS]');
  await repo.edit('requirements/BRS007.yaml', 'realisedBy: [IF-021]', 'realisedBy: [{id: IF-021, inferred: the BRS names the interface}]');
  await repo.edit(
    'testing.yaml',
    '  - id: TC-PIT-001-02\n    name: Consumption data message is well formed\n    scenario: TS-PIT-001\n    exercises: [IF-021]\n    example: Verifies nothing; exercises IF-021 (covers FR-001 via the interface in PIT).\n',
    '',
  );
  await repo.edit('interfaces.yaml', '    from: [REG_SERVICE]\n', '    from: [REG_SERVICE]\n    tranche: 2\n');
  const ir5 = repo.commit('IR5 design', 'ir5');

  await repo.edit(
    'change-control.yaml',
    'designReleases:\n  - id: IR5\n    name: Interim release 5\n',
    'designReleases:\n  - id: IR4\n    name: Interim release 4\n    baseline: ir4\n    example: Released as tag ir4.\n  - id: IR5\n    name: Interim release 5\n    baseline: ir5\n',
  );
  const baselines = repo.commit('Releases name their baselines');

  await repo.edit('roles.yml', 'category: TOM_SERVICE\n    codeBodies: [BSC]\n    example: Sends consumption data.', 'category: TOM_SERVIS\n    codeBodies: [BSC]\n    example: Sends consumption data.');
  const broken = repo.commit('A broken role', 'broken');
  await repo.edit('roles.yml', 'TOM_SERVIS', 'TOM_SERVICE');
  const fixed = repo.commit('Fix the role');

  return { repo, commits: { ir4, renamed, ir5, baselines, broken, fixed } };
}

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's usual order (failed first, then slowest first), except that the Neo4j fault tests go
 * last: their server boots in the background meanwhile, and they stop and restart it.
 */
export class FaultsLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isFaults = (file: TestSpecification) => file.moduleId.endsWith('/test/neo4j/faults.test.ts');
    return [...sorted.filter((f) => !isFaults(f)), ...sorted.filter(isFaults)];
  }
}

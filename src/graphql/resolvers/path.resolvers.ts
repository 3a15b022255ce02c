/** The fields of a path that need the graph: the elements its ids name, and its explanation. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { formatPath } from '../../domain/path-pattern.js';
import type { ApiContext } from '../context.js';
import { loadersFor } from '../loaders.js';
import { scopeOf, toNodeSource, toProposal, toRelationshipProvenance, type NodeSource } from '../node-source.js';
import { Node } from '../types/node.js';
import { Path, PathHop } from '../types/path.js';
import { Proposal, RelationshipProvenance } from '../types/provenance.js';

/** A path names elements the walk has just reached, so a missing one is a store inconsistency. */
async function pathNode(id: string, from: object, context: ApiContext): Promise<NodeSource> {
  const scope = scopeOf(from);
  const node = await loadersFor(context, scope).node.load({ id });
  if (!node) throw new Error(`path element '${id}' is missing from the store`);
  return toNodeSource(node, scope);
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => Node, { description: 'The element the path starts from (a changed element, or the trace origin).' })
  start(@Root() path: Path, @Ctx() context: ApiContext): Promise<NodeSource> {
    return pathNode(path.start, path, context);
  }

  @FieldResolver(() => String, {
    description: 'The path in one line, written like a Cypher pattern: `IF-021 <-[:REALISED_BY]- BRS007-FR-001`.',
  })
  explanation(@Root() path: Path): string {
    return formatPath(path);
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => Node, { description: 'The element the hop arrives at.' })
  to(@Root() hop: PathHop, @Ctx() context: ApiContext): Promise<NodeSource> {
    return pathNode(hop.to, hop, context);
  }

  @FieldResolver(() => RelationshipProvenance, { description: 'Where the relationship followed comes from.' })
  provenance(@Root() hop: PathHop): RelationshipProvenance {
    return toRelationshipProvenance(hop.provenance);
  }

  @FieldResolver(() => Proposal, { nullable: true, description: 'The change request proposing the relationship followed; null for baselined design.' })
  proposedBy(@Root() hop: PathHop): Proposal | null {
    return toProposal(hop.proposedBy);
  }
}

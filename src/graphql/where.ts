/**
 * The `where` argument of the root lists: equality on a kind's own properties, e.g.
 * `requirements(where: {category: "FUNCTIONAL"})` or `roles(where: {codeBodies: "BSC"})` (a
 * list-valued property matches when it contains the value). Checked against the kind's property
 * schema so that a typo is a BAD_USER_INPUT error, not a silently empty page.
 */
import { z } from 'zod';
import { BadInputError, quoted } from '../errors.js';
import { KINDS, type NodeKind } from '../model/kinds.js';
import type { PropertyFilter } from '../store/port.js';

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

export function propertyFilterOf(kind: NodeKind, where: Readonly<Record<string, unknown>> | undefined): PropertyFilter | undefined {
  if (where === undefined) return undefined;
  const properties: z.ZodRawShape = KINDS[kind].properties;
  const filter: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(where)) {
    const schema = properties[name];
    if (!schema) {
      const known = Object.keys(properties);
      throw new BadInputError(`${kind} has no property ${quoted(name)} to filter on (it has ${known.length ? known.join(', ') : 'none'})`);
    }
    const fits = isScalar(value) && (z.safeParse(schema, value).success || z.safeParse(schema, [value]).success);
    if (!fits) throw new BadInputError(`${JSON.stringify(value)} is not a possible value of ${kind}.${name}`);
    filter[name] = value;
  }
  return filter;
}

/**
 * The tables of the docs that list kinds, properties, relationships and impact rules, written from the
 * declarations (kinds.ts, relationships.ts) so that they cannot fall behind: each sits between
 * `<!-- BEGIN GENERATED name … -->` and `<!-- END GENERATED name -->` in its file, and the
 * impact-rule lists of docs/neo4j.md's Cypher are rewritten in place. `npm run docs` writes them;
 * test/docs/generated-docs.test.ts fails when a committed doc differs.
 */
// The impact rules are derived in src/domain from the declarations here; the docs show them as derived.
import { CHANGED_ELEMENT_RULES, PROPAGATION_RULES, type PropagationRule } from '../domain/impact-rules.js';
import { KINDS, NODE_KINDS, type NodeKind } from './kinds.js';
import { propertyShapeOf, type PropertyShape } from './property-shape.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES, yamlRelationshipsOf, type RelationshipSpec, type RelationshipType } from './relationships.js';

/** The docs holding generated sections, relative to the repository root. */
export const GENERATED_DOCS = ['README.md', 'model/README.md', 'docs/neo4j.md', 'docs/queries.md'] as const;

const code = (s: string) => `\`${s}\``;
const article = (kind: string) => (/^[AEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`);
/** `a`, `a or b`, `a, b or c`. */
const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');

const shapesOf = (kind: NodeKind): [string, PropertyShape][] =>
  Object.entries(KINDS[kind].properties).map(([name, schema]) => [name, propertyShapeOf(schema, `${kind}.${name}`)]);

/** How a property's values read in the model table: enum values, the fields of an object, list-ness. */
function valuesOf(shape: PropertyShape): string {
  const { value } = shape;
  const what =
    value.type === 'enum'
      ? value.schema.options.join(', ')
      : value.type === 'object'
        ? Object.keys(value.schema.shape).map(code).join(', ')
        : value.type === 'string'
          ? ''
          : value.type;
  if (shape.list) return what ? `list of ${what}` : 'list';
  return what;
}

const propertyCell = (kind: NodeKind) =>
  shapesOf(kind)
    .map(([name, shape]) => {
      const notes = [valuesOf(shape), ...(shape.optional ? [] : ['required'])].filter(Boolean);
      return notes.length ? `${code(name)} (${notes.join('; ')})` : code(name);
    })
    .join(', ') || '—';

/** Kinds as a phrase: `Roles`, `Interfaces or ProcessSteps`, `any element but …`. */
function kindsPhrase(kinds: readonly NodeKind[], single: boolean): string {
  if (kinds.length > 3) return `any element but ${orList(NODE_KINDS.filter((kind) => !kinds.includes(kind)).map(article))}`;
  return kinds.map((kind) => (single ? kind : plural(kind))).join(' or ');
}

const plural = (kind: string) => (kind.endsWith('s') ? `${kind}es` : `${kind}s`);

/** The kinds a rule impacts: `the Roles`, or `any element but …`. */
const impactedPhrase = (kinds: readonly NodeKind[]) => (kinds.length > 3 ? kindsPhrase(kinds, true) : `the ${kindsPhrase(kinds, false)}`);

/** The kinds a relationship may point to, as a phrase. */
const targetsOf = (spec: RelationshipSpec, single: boolean) => kindsPhrase(spec.to, single);

function relationshipFieldsCell(kind: NodeKind): string {
  const written = yamlRelationshipsOf(kind).map(({ spec, yaml }) => {
    const single = yaml.cardinality === 'one';
    const notes = [`${single ? 'one ' : ''}${targetsOf(spec, single)}`, ...(spec.acyclic ? ['no cycles'] : [])];
    return `${code(yaml.field)} (${notes.join(', ')})`;
  });
  const implicit = RELATIONSHIP_TYPES.filter((type) => RELATIONSHIPS[type].from === kind && RELATIONSHIPS[type].yaml === 'implicit').map(
    (type) => `${code(RELATIONSHIPS[type].field)}: ${RELATIONSHIPS[type].description.split('; ').at(-1)!.replace(/\.$/, '')}`,
  );
  return [...written, ...implicit].join(', ') || '—';
}

/** model/README.md: where each kind is written and what it holds. */
const modelKinds = () =>
  table(
    ['top-level key', 'kind', 'id example', 'properties', 'relationship fields'],
    NODE_KINDS.map((kind) => {
      const spec = KINDS[kind];
      return [spec.yamlKey ? code(spec.yamlKey) : '(nested under its process)', kind, code(spec.idExample), propertyCell(kind), relationshipFieldsCell(kind)];
    }),
  );

/** Stored as Neo4j node properties: scalars and lists of scalars; objects live only in `_props`. */
const neo4jPropertyCell = (kind: NodeKind) => {
  const shapes = shapesOf(kind);
  const stored = shapes.filter(([, s]) => s.value.type !== 'object').map(([name, s]) => (s.list ? `${code(name)} (list)` : code(name)));
  const jsonOnly = shapes.filter(([, s]) => s.value.type === 'object').map(([name]) => code(name));
  return [stored.join(', ') || '—', ...(jsonOnly.length ? [`(${jsonOnly.join(', ')} only in ${code('_props')})`] : [])].join(' ');
};

const neo4jLabels = () =>
  table(
    ['label', 'id example', 'kind properties stored on the node (besides `id`, `kind`, `name`, `description`, `example`)'],
    NODE_KINDS.map((kind) => [code(kind), code(KINDS[kind].idExample), neo4jPropertyCell(kind)]),
  );

const patternOf = (type: RelationshipType) => {
  const spec: RelationshipSpec = RELATIONSHIPS[type];
  const to = spec.to.length > 3 ? targetsOf(spec, true) : spec.to.map((kind) => `:${kind}`).join(' or ');
  return code(`(:${spec.from})-[:${type}]->(${to})`);
};

const neo4jRelationships = () =>
  table(
    ['pattern', 'impact', 'trace'],
    RELATIONSHIP_TYPES.map((type) => [patternOf(type), RELATIONSHIPS[type].impact, RELATIONSHIPS[type].trace]),
  );

/** Words filled into lines of at most `width` characters. */
const wrap = (text: string, width = 100) =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []).join('\n');

/** README.md: the labels and relationship types, in a sentence. */
const readmeGraph = () =>
  wrap(
    `Every element is a node with the label ${code(':Node')} plus its kind — ${NODE_KINDS.map(code).join(', ')} — keyed by ${code('id')} ` +
      `(unique), with its properties. Relationship types: ${RELATIONSHIP_TYPES.map(code).join(', ')}.`,
  );

/** How a rule reads as a sentence, from the changed end to the impacted one: `Interface is sent by ProcessStep`. */
function readingOf(rule: PropagationRule): string {
  const { reads } = RELATIONSHIPS[rule.type];
  const side = (kinds: readonly NodeKind[]) => (kinds.length > 3 ? 'an element' : kinds.join(' or '));
  return `${side(rule.changed)} *${rule.follow === 'OUT' ? reads.forward : reads.inverse}* ${side(rule.impacted)}`;
}

const changedPhrase = (kinds: readonly NodeKind[]) => (kinds.length > 3 ? kindsPhrase(kinds, true) : orList(kinds.map(article)));

/** docs/queries.md: the rules the impact walk follows from every element it reaches. */
const impactRules = () =>
  table(
    ['relationship', 'followed', 'a change of …', 'impacts …', 'as in'],
    PROPAGATION_RULES.map((rule) => [code(rule.type), rule.follow, changedPhrase(rule.changed), impactedPhrase(rule.impacted), readingOf(rule)]),
  );

/** docs/queries.md: the rules it follows from a changed element only (`impactWhenChanged`). */
const changedElementRules = () =>
  table(
    ['relationship', 'followed', 'a changed …', 'impacts …', 'as in'],
    CHANGED_ELEMENT_RULES.map((rule) => [code(rule.type), rule.follow, orList(rule.changed), impactedPhrase(rule.impacted), readingOf(rule)]),
  );

/** docs/queries.md: the relationships the impact walk never follows. */
const impactNotFollowed = () =>
  wrap(
    `Not followed (${code('NONE')}, and no ${code('impactWhenChanged')}): ${RELATIONSHIP_TYPES.filter((type) => {
      const spec: RelationshipSpec = RELATIONSHIPS[type];
      return spec.impact === 'NONE' && !spec.impactWhenChanged;
    })
      .map(code)
      .join(', ')}.`,
  );

const SECTIONS: Readonly<Record<string, () => string>> = {
  'model-kinds': modelKinds,
  'neo4j-labels': neo4jLabels,
  'neo4j-relationships': neo4jRelationships,
  'readme-graph': readmeGraph,
  'impact-rules': impactRules,
  'changed-element-rules': changedElementRules,
  'impact-not-followed': impactNotFollowed,
};

const impactList = (follows: (spec: RelationshipSpec) => boolean) =>
  `[${RELATIONSHIP_TYPES.filter((type) => follows(RELATIONSHIPS[type])).map((type) => `'${type}'`).join(', ')}]`;

/** `doc` with every generated section (and Cypher impact list) as the declarations give it now. */
export function renderGenerated(doc: string, file: string): string {
  const sections = doc.replace(
    /(<!-- BEGIN GENERATED ([a-z0-9-]+)[^>]*-->\n)[\s\S]*?(\n<!-- END GENERATED \2 -->)/g,
    (_all, begin: string, name: string, end: string) => {
      const section = SECTIONS[name];
      if (!section) throw new Error(`${file}: no generated section '${name}' (src/model/docs-tables.ts has ${Object.keys(SECTIONS).join(', ')})`);
      return `${begin}${section()}${end}`;
    },
  );
  // The impact walk in Cypher: relationships followed from their start (FORWARD) or end (BACKWARD).
  return sections
    .replace(/type\(r\) IN \[[^\]]*\] AND startNode\(r\) = a/g, () => `type(r) IN ${impactList((s) => s.impact === 'FORWARD' || s.impact === 'BOTH')} AND startNode(r) = a`)
    .replace(/type\(r\) IN \[[^\]]*\] AND endNode\(r\) = a/g, () => `type(r) IN ${impactList((s) => s.impact === 'BACKWARD' || s.impact === 'BOTH')} AND endNode(r) = a`);
}

/**
 * Change control in GraphQL: the diff between two versions of the model, and the review state of
 * links (src/domain/diff.ts, suspects.ts). Property values are JSON text, since a property may be
 * a string, a number, a list or an object.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FieldChange as FieldChangeResult } from '../../domain/results.js';
import type { PropertyValue } from '../../model/design-model.js';
import type { NodeKind } from '../../model/kinds.js';
import type { RelationshipType } from '../../model/relationships.js';
import { LinkDependenceEnum, LinkEndEnum, NodeKindEnum, RelationshipTypeEnum, ReviewStateEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';

@ObjectType({ description: 'A version of the model: a git commit (named by a design release, a ref or an id), or the working tree.' })
export class ModelVersion {
  @Field(() => String, { nullable: true, description: 'What was asked for (`IR5`, `ir5`, `main~1`, a commit id); null for the working tree.' })
  asked!: string | null;

  @Field(() => String, { nullable: true, description: "The git ref it resolved to (a release's `baseline`); null for the working tree." })
  ref!: string | null;

  @Field(() => String, { nullable: true, description: 'The commit id; null for the working tree.' })
  commit!: string | null;
}

const json = (value: PropertyValue | null): string | null => (value === null ? null : JSON.stringify(value));

@ObjectType({ description: 'A property that differs between two versions of an element.' })
export class FieldChange {
  @Field(() => String, { description: 'The property (`kind` when the kind itself changed).' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The old value as JSON text; null when the property was absent.' })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: 'The new value as JSON text; null when the property is absent now.' })
  newValue!: string | null;

  static of({ field, old, new: now }: FieldChangeResult): FieldChange {
    return { field, oldValue: json(old), newValue: json(now) };
  }
}

@ObjectType({ description: 'An element whose properties differ, as it is in the newer version.' })
export class ElementChange {
  @Field(() => Node, { description: 'The element in the newer version.' })
  node!: NodeSource;

  @Field(() => [FieldChange], { description: 'The properties that differ, by name.' })
  fields!: FieldChange[];
}

@ObjectType({ description: 'The elements of one kind that differ.' })
export class KindDiff {
  @Field(() => NodeKindEnum, { description: 'The kind of the elements.' })
  kind!: NodeKind;

  @Field(() => [Node], { description: 'Elements only the newer version has, by id.' })
  added!: NodeSource[];

  @Field(() => [Node], {
    description: 'Elements only the older version has, by id. Their relationship fields read the current graph, where they no longer are.',
  })
  removed!: NodeSource[];

  @Field(() => [ElementChange], { description: 'Elements whose properties differ, by id.' })
  changed!: ElementChange[];
}

@ObjectType({ description: 'A relationship between two elements, by id.' })
export class RelationshipRef {
  @Field(() => ID, { description: 'Id of the element the relationship starts from.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the element the relationship points to.' })
  to!: string;
}

@ObjectType({ description: 'A relationship in both versions whose own provenance or proposal differs.' })
export class RelationshipChange extends RelationshipRef {
  @Field(() => [FieldChange], { description: '`provenance` (null when it has none of its own) and `proposedBy`, where they differ.' })
  fields!: FieldChange[];
}

@ObjectType({ description: 'The relationships of one type that differ.' })
export class RelationshipTypeDiff {
  @Field(() => RelationshipTypeEnum, { name: 'relationship', description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => [RelationshipRef], { description: 'Only in the newer version, by (from, to).' })
  added!: RelationshipRef[];

  @Field(() => [RelationshipRef], { description: 'Only in the older version, by (from, to).' })
  removed!: RelationshipRef[];

  @Field(() => [RelationshipChange], { description: 'In both, with their own provenance or proposal changed, by (from, to).' })
  changed!: RelationshipChange[];
}

@ObjectType({ description: 'How many elements and relationships differ.' })
export class DiffTotals {
  @Field(() => Int, { description: 'Elements only the newer version has.' }) elementsAdded!: number;
  @Field(() => Int, { description: 'Elements only the older version has.' }) elementsRemoved!: number;
  @Field(() => Int, { description: 'Elements whose properties differ.' }) elementsChanged!: number;
  @Field(() => Int, { description: 'Relationships only the newer version has.' }) relationshipsAdded!: number;
  @Field(() => Int, { description: 'Relationships only the older version has.' }) relationshipsRemoved!: number;
  @Field(() => Int, { description: 'Relationships whose own provenance or proposal differs.' }) relationshipsChanged!: number;
}

@ObjectType({ description: 'What differs between two versions of the model. Where an element is written (file, layout, comments) is no difference.' })
export class ModelDiff {
  @Field(() => ModelVersion, { description: 'The older version.' })
  from!: ModelVersion;

  @Field(() => ModelVersion, { description: 'The newer version.' })
  to!: ModelVersion;

  @Field(() => [KindDiff], { description: 'Kinds with a difference, in model order.' })
  byKind!: KindDiff[];

  @Field(() => [RelationshipTypeDiff], { description: 'Relationship types with a difference, in model order.' })
  relationships!: RelationshipTypeDiff[];

  @Field(() => DiffTotals, { description: 'How many elements and relationships differ.' })
  totals!: DiffTotals;
}

@ObjectType({ description: 'The fingerprints of the two ends of a link.' })
export class EndFingerprints {
  @Field(() => String, { description: 'The fingerprint of the element the link starts from.' }) from!: string;
  @Field(() => String, { description: 'The fingerprint of the element the link points to.' }) to!: string;
}

@ObjectType({ description: 'An end of a suspect link that changed since the review.' })
export class EndChange {
  @Field(() => LinkEndEnum, { description: 'Which end.' })
  end!: string;

  @Field(() => [FieldChange], { nullable: true, description: 'How it changed since the review; null when the reviewed version is in no commit of the history.' })
  fields!: FieldChange[] | null;
}

@ObjectType({ description: 'A link (relationship along which a change propagates) and whether it still holds as reviewed.' })
export class SuspectLink {
  @Field(() => RelationshipTypeEnum, { name: 'relationship', description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => Node, { description: 'The element the link starts from.' })
  from!: NodeSource;

  @Field(() => Node, { description: 'The element the link points to.' })
  to!: NodeSource;

  @Field(() => ReviewStateEnum, { description: 'Whether the link still holds as reviewed.' })
  state!: string;

  @Field(() => LinkDependenceEnum, { description: 'The end(s) whose change makes the link suspect: those a change propagates from along it.' })
  dependsOn!: string;

  @Field(() => EndFingerprints, { description: 'The fingerprints of the ends now.' })
  fingerprints!: EndFingerprints;

  @Field(() => EndFingerprints, { nullable: true, description: 'The fingerprints recorded at the last review; null when never reviewed.' })
  reviewed!: EndFingerprints | null;

  @Field(() => [EndChange], {
    description: 'For a suspect link, the ends it depends on that changed since the review (one; both ends of a BOTH link when both changed), FROM first; empty otherwise.',
  })
  changed!: EndChange[];
}

@ObjectType({ description: 'How many links are in each review state.' })
export class ReviewTotals {
  @Field(() => Int, { description: 'Links that hold as reviewed.' }) valid!: number;
  @Field(() => Int, { description: 'Links to re-review.' }) suspect!: number;
  @Field(() => Int, { description: 'Links never reviewed.' }) unreviewed!: number;
}

@ObjectType({ description: 'The links asked for, and the review totals over every link.' })
export class SuspectLinks {
  @Field(() => [SuspectLink], { description: 'By (relationship, from id, to id).' })
  links!: SuspectLink[];

  @Field(() => ReviewTotals, { description: 'Over every link subject to review.' })
  totals!: ReviewTotals;
}

/**
 * Resource type specifications: CloudFormation types from @aws-cdk/aws-service-spec's database, SAM types from
 * data/sam-spec.json (the service-spec database has an outdated copy of the SAM types, see that file's $comment).
 * Both are loaded on first use and cached: the database is 15 MB of JSON and most commands never need it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import samSpec from '../data/sam-spec.json';

/** What a resource type accepts: its property names, and the attributes `Fn::GetAtt` may read. */
export interface TypeSpec {
  properties: ReadonlySet<string>;
  /** Undefined when the attributes are not known well enough to check (SAM types pass them to generated ones). */
  attributes: ReadonlySet<string> | undefined;
}

let cache: Map<string, TypeSpec> | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}

function loadDatabase(specs: Map<string, TypeSpec>): void {
  const file = createRequire(__filename).resolve('@aws-cdk/aws-service-spec/db.json.gz');
  const db: unknown = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  const resources = isObject(db) && isObject(db.schema) && isObject(db.schema.resource) ? db.schema.resource : {};
  const entities = Array.isArray(resources.entities) ? resources.entities : Object.values(resources.entities ?? {});
  for (const entity of entities) {
    if (!isObject(entity) || typeof entity.cloudFormationType !== 'string') continue;
    const attributes = keysOf(entity.attributes);
    specs.set(entity.cloudFormationType, {
      properties: new Set(keysOf(entity.properties)),
      attributes: attributes.length > 0 ? new Set(attributes) : undefined,
    });
  }
}

function loadSpecs(): Map<string, TypeSpec> {
  if (cache) return cache;
  const specs = new Map<string, TypeSpec>();
  loadDatabase(specs);
  for (const [type, spec] of Object.entries(samSpec.types)) {
    specs.set(type, { properties: new Set(spec.properties), attributes: undefined });
  }
  cache = specs;
  return specs;
}

/** True for types whose properties are free-form (custom resources). */
export function isCustomResourceType(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

/** The specification of a resource type, or undefined when the type is unknown. */
export function resourceSpec(type: string): TypeSpec | undefined {
  return loadSpecs().get(type);
}

/** The SAM `Globals` sections and the resource type each one applies to. */
export const SAM_GLOBALS: Readonly<Record<string, string>> = samSpec.globals;

/** Resource attributes SAM adds to the CloudFormation ones (embedded connectors, opting out of Globals). */
export const SAM_RESOURCE_ATTRIBUTES: ReadonlySet<string> = new Set(samSpec.resourceAttributes);

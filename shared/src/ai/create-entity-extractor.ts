/** Factory of the EntityExtractor port. */
import type { ComprehendClient } from '@aws-sdk/client-comprehend';
import { isDemoMode } from '../config';
import { ComprehendEntityExtractor } from './comprehend-entity-extractor';
import { DemoEntityExtractor } from './demo-entity-extractor';
import type { EntityExtractor } from './entity-extractor';
import type { AdapterFactoryOptions } from './factories';

/** An EntityExtractor: Demo in DemoMode, else Comprehend DetectEntities. */
export function createEntityExtractor(options: AdapterFactoryOptions<ComprehendClient> = {}): EntityExtractor {
  if (isDemoMode(options.env ?? process.env)) return new DemoEntityExtractor();
  return new ComprehendEntityExtractor({ client: options.client });
}

/** Factory of the DocumentOcr port. */
import type { TextractClient } from '@aws-sdk/client-textract';
import { isDemoMode, optionalEnv } from '../config';
import { DemoDocumentOcr } from './demo-document-ocr';
import type { DocumentOcr } from './document-ocr';
import type { AdapterFactoryOptions } from './factories';
import { TextractDocumentOcr } from './textract-document-ocr';

/** A DocumentOcr: Demo in DemoMode, else Textract AnalyzeDocument (in `TEXTRACT_REGION` when set). */
export function createDocumentOcr(options: AdapterFactoryOptions<TextractClient> = {}): DocumentOcr {
  const env = options.env ?? process.env;
  if (isDemoMode(env)) return new DemoDocumentOcr();
  return new TextractDocumentOcr({ client: options.client, region: optionalEnv('TEXTRACT_REGION', undefined, env) });
}

/** Factory of the DocumentOcr port. */
import type { TextractClient } from '@aws-sdk/client-textract';
import { intEnv, isDemoMode, optionalEnv } from '../config';
import { DEFAULT_OCR_ENDPOINT_TIMEOUT_MS, DemoDocumentOcr } from './demo-document-ocr';
import type { DocumentOcr } from './document-ocr';
import type { AdapterFactoryOptions } from './factories';
import { TextractDocumentOcr } from './textract-document-ocr';

/**
 * A DocumentOcr: in DemoMode the local reader (with the OCR service at `DEMO_OCR_ENDPOINT` when set, each call
 * bounded by `DEMO_OCR_TIMEOUT_MS`, default 30000), else Textract (in `TEXTRACT_REGION` when set).
 */
export function createDocumentOcr(options: AdapterFactoryOptions<TextractClient> = {}): DocumentOcr {
  const env = options.env ?? process.env;
  if (isDemoMode(env)) {
    return new DemoDocumentOcr({
      endpoint: optionalEnv('DEMO_OCR_ENDPOINT', undefined, env),
      timeoutMs: intEnv('DEMO_OCR_TIMEOUT_MS', { fallback: DEFAULT_OCR_ENDPOINT_TIMEOUT_MS, min: 1 }, env),
    });
  }
  return new TextractDocumentOcr({ client: options.client, region: optionalEnv('TEXTRACT_REGION', undefined, env) });
}

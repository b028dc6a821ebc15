/** DocumentOcr adapter: Amazon Textract AnalyzeDocument with the FORMS feature. */
import { AnalyzeDocumentCommand, TextractClient } from '@aws-sdk/client-textract';
import { createAwsClient } from '../observability/aws-client';
import type { DocumentOcr, OcrRequest, OcrResult } from './document-ocr';
import { checkOcrRequest } from './request-validation';
import { toAiServiceError } from './service-error';
import { blocksToOcrResult } from './textract-blocks';

/**
 * Reads documents with Textract's synchronous AnalyzeDocument (bytes inline, at most 10 MB). Build the client with
 * `TEXTRACT_REGION` when Textract is not offered in the function's region (the factory does).
 */
export class TextractDocumentOcr implements DocumentOcr {
  private readonly client: TextractClient;

  constructor(options: { client?: TextractClient; region?: string } = {}) {
    this.client =
      options.client ?? createAwsClient(TextractClient, options.region === undefined ? {} : { region: options.region });
  }

  async analyze(request: OcrRequest): Promise<OcrResult> {
    checkOcrRequest(request);
    try {
      const response = await this.client.send(
        new AnalyzeDocumentCommand({ Document: { Bytes: request.bytes }, FeatureTypes: ['FORMS'] }),
      );
      return blocksToOcrResult(response.Blocks ?? []);
    } catch (error) {
      throw toAiServiceError(error, 'Textract AnalyzeDocument');
    }
  }
}

/** PhiDetector adapter: Comprehend Medical DetectPHI (a region where it runs: COMPREHEND_MEDICAL_REGION). */
import { type ComprehendMedicalClient, DetectPHICommand } from '@aws-sdk/client-comprehendmedical';
import { toAiServiceError, truncateUtf8 } from '@fsxn-s3ap/shared/ai';
import { MAX_PHI_TEXT_BYTES, type PhiDetector, type PhiFinding } from './phi-detector';

/** PHI entities of the text (its first {@link MAX_PHI_TEXT_BYTES} bytes), with their type and score. */
export class ComprehendMedicalPhiDetector implements PhiDetector {
  readonly source = 'comprehend-medical';

  constructor(private readonly client: ComprehendMedicalClient) {}

  async detectPhi(text: string): Promise<PhiFinding[]> {
    if (text.trim() === '') return [];
    try {
      const { text: sent } = truncateUtf8(text, MAX_PHI_TEXT_BYTES);
      const response = await this.client.send(new DetectPHICommand({ Text: sent }));
      return (response.Entities ?? []).map((e) => ({ type: String(e.Type ?? 'UNKNOWN'), score: e.Score ?? 0 }));
    } catch (error) {
      throw toAiServiceError(error, 'Comprehend Medical DetectPHI');
    }
  }
}

/**
 * The photo branch: each damage photo's labels (ImageLabeler port: Rekognition, or labels derived from the image's
 * header and pixels in DemoMode), a severity by the documented rules, its narrative (model or rules) and a review
 * decision from the primary label's confidence. One JSON result per photo under `damage/`, or `review/damage/`.
 */
import { MAX_LABEL_IMAGE_BYTES } from '@fsxn-s3ap/shared/ai';
import { evaluateConfidence, type ReviewDecision } from '@fsxn-s3ap/shared/human-review';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { claimIdOf } from './claim-id';
import {
  emptyPhotoCounts,
  mergePhotoCounts,
  type PhotoDigest,
  type PhotoSummary,
  photoCountsOf,
} from './claim-summary';
import { severityNarrative } from './narrative';
import { type ClaimSettings, loadClaimSettings, type PhotoPorts, photoPorts } from './settings';
import { assessSeverity } from './severity-rules';

/** `damage/.../<stem>_assessment.json`. */
export const ASSESSMENT_SUFFIX = 'assessment.json';
const MAX_LABELS = 30;

/** Review unless the primary damage label is confident enough; a photo with no damage label always goes to review. */
export function photoDecision(primaryConfidence: number, hasDamage: boolean, settings: ClaimSettings): ReviewDecision {
  if (!hasDamage) return 'HUMAN_REVIEW';
  return evaluateConfidence(primaryConfidence / 100, settings.thresholds);
}

const mergePhotos = (a: PhotoSummary, b: PhotoSummary): PhotoSummary => ({
  ...mergePhotoCounts(a, b),
  files: [...a.files, ...b.files],
});

/** The photo branch's stage. */
export const photoStage: ItemStage<PhotoDigest, PhotoSummary, ClaimSettings, PhotoPorts> = {
  settings: () => loadClaimSettings(),
  ports: photoPorts,
  async process(object, ctx) {
    const { settings, ports } = ctx;
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_LABEL_IMAGE_BYTES });
    const labels = await ports.labeler.detectLabels({
      bytes,
      minConfidence: settings.minLabelConfidence,
      maxLabels: MAX_LABELS,
    });
    const assessment = assessSeverity(labels);
    const narrative = await severityNarrative(
      ports.generator,
      assessment,
      labels.map((label) => label.name),
    );
    const decision = photoDecision(assessment.primaryConfidence, assessment.primary !== undefined, settings);
    const review = decision !== 'AUTO_APPROVE';
    const claimId = claimIdOf(object.key, settings.claimPrefix);
    const kind = review ? 'review/damage' : 'damage';
    const resultKey = await ctx.output.putJson(objectResultKey(kind, object, ASSESSMENT_SUFFIX, ctx.now), {
      key: object.key,
      claimId,
      executionId: ctx.executionId,
      labelSource: ports.labeler.source ?? 'unknown',
      labels,
      assessment,
      narrative,
      decision,
      pii: { containsPii: false, piiTypes: [] },
    });
    getLogger().info('Photo assessed', { key: object.key, claimId, severity: assessment.severity, decision });
    return {
      claimId,
      key: object.key,
      resultKey,
      severity: assessment.severity,
      band: assessment.band,
      rule: assessment.rule,
      ...(assessment.primary === undefined ? {} : { primary: assessment.primary }),
      review,
      narrativeSource: narrative.source,
    };
  },
  summary: {
    empty: () => ({ ...emptyPhotoCounts(), files: [] }),
    add: (total, digest) => mergePhotos(total, { ...photoCountsOf(digest), files: [digest] }),
    merge: mergePhotos,
  },
};

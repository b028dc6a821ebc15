/**
 * This pattern's per-object stage: parse the header (streamed, stopping at Pixel Data), de-identify it, stream the
 * de-identified copy to `anonymized/` with the pixel value passed through, check the image for burned-in text and the
 * remaining text for PHI, and write one result JSON. One read of the file, one Lambda invocation per batch.
 */
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { type DicomPorts, type DicomSettings, dicomPorts, dicomSettings } from '../settings';
import { anonymiseHeader } from './anonymise/anonymise';
import { createUidMapper } from './anonymise/uid-map';
import { headerEvidence } from './burned-in/header-evidence';
import { createPixelSampler } from './burned-in/pixel-sampler';
import { encodeGrayPng } from './burned-in/png';
import { identifyingFields, imageFacts } from './dicom/facts';
import { pixelValue, readDicomHeader } from './dicom/stream';
import { Tags } from './dicom/tags';
import { encodeDicomHeader } from './dicom/write';
import { residualText } from './phi/residual-text';
import { reviewVerdict } from './review';
import { type DicomOutcome, type DicomResult, type DicomSummary, dicomSummary } from './summary';

/** Suffix of every per-object result key: `results/YYYY/MM/DD/<stem>_dicom.json`. */
export const RESULT_SUFFIX = 'dicom.json';

const MARKERS = new Set([Tags.DeidentificationMethod, Tags.DeidentificationMethodCodeSequence]);

/** The stage: settings and ports from the environment, at most 4 files of a batch at once. */
export const dicomStage: ItemStage<DicomOutcome, DicomSummary, DicomSettings, DicomPorts> = {
  settings: () => dicomSettings(),
  ports: () => dicomPorts(),
  summary: dicomSummary,
  async process(object, ctx) {
    const { settings, ports } = ctx;
    const streamed = await readDicomHeader(await ctx.input.getStream(object.key), settings.maxHeaderBytes);
    const { header } = streamed;
    if (settings.logPhiData)
      getLogger().info('DICOM identifying fields', { key: object.key, ...identifyingFields(header) });
    const anonymised = anonymiseHeader(header, createUidMapper(settings.uidSalt));
    const sampler = ports.textDetector.readsPixels ? createPixelSampler(header) : undefined;
    const head = encodeDicomHeader({
      ...anonymised,
      explicitVr: header.explicitVr,
      pixelData: header.pixelData,
    });
    let pixelBytes = 0;
    async function* body(): AsyncGenerator<Uint8Array> {
      yield head;
      for await (const chunk of pixelValue(streamed, header.pixelData.length)) {
        sampler?.push(chunk);
        pixelBytes += chunk.length;
        yield chunk;
      }
    }
    const anonymizedKey = await ctx.output.putStream(
      `${settings.anonymizedPrefix}${object.key}`,
      body(),
      'application/dicom',
    );
    const thumbnail = sampler?.finish();
    const text = await ports.textDetector.detectText({
      evidence: headerEvidence(header),
      ...(thumbnail === undefined ? {} : { png: encodeGrayPng(thumbnail.width, thumbnail.height, thumbnail.pixels) }),
    });
    const phi = await ports.phiDetector.detectPhi(residualText(anonymised.dataset.filter((e) => !MARKERS.has(e.tag))));
    const imageChecked = !ports.textDetector.readsPixels || thumbnail !== undefined;
    const review = reviewVerdict(text, phi, settings.thresholds, imageChecked);
    const outcome: DicomOutcome = {
      facts: imageFacts(header),
      actions: anonymised.actions,
      pixelBytes,
      burnedIn: {
        findings: text.length,
        sources: [...new Set(text.map((f) => f.source))].sort(),
        detector: ports.textDetector.source,
      },
      residualPhi: {
        findings: phi.length,
        types: [...new Set(phi.map((f) => f.type))].sort(),
        detector: ports.phiDetector.source,
      },
      review,
    };
    const result: DicomResult = {
      key: object.key,
      anonymizedKey,
      ...outcome,
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(objectResultKey('results', object, RESULT_SUFFIX, ctx.now), result);
    return outcome;
  },
};

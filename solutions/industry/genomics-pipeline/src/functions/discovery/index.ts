/**
 * Discovery: one listing of the input access point (or the one file of an FPolicy event) split into two manifests,
 * one per Parallel branch: reads (`.fastq`, `.fastq.gz`, `.bam`) and variants (`.vcf`, `.vcf.gz`).
 */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createManifestDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';
import { ROUTES } from '../../domain/report';

export const handler = withObservability(createManifestDiscoveryHandler(undefined, { routes: ROUTES }));

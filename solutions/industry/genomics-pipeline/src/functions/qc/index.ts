/** QC: the reads branch's item function (FASTQ QC over the first QcSampleSize reads, BAM headers by ranged reads). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { readsStage } from '../../domain/reads-stage';

export const handler = withObservability(createItemHandler(routeStage('fastq', readsStage)));

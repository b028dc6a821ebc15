/** Variants: the variants branch's item function (VCF and VCF.gz statistics, streamed once). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { variantsStage } from '../../domain/variant-stage';

export const handler = withObservability(createItemHandler(routeStage('vcf', variantsStage)));

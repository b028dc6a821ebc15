/** Reservation branch: booking facts and PII-filtered records of the documents of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { reservationStage } from '../../domain/reservation-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Reservations, reservationStage)));

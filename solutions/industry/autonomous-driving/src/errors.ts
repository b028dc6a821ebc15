/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included, so a test can check the ASL against it.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
import { TaskTokenErrorName } from '@fsxn-s3ap/shared/task-tokens';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ...TaskTokenErrorName,
  EventShapeError: 'EventShapeError',
  InvalidContainerError: 'InvalidContainerError',
  InvalidPointCloudError: 'InvalidPointCloudError',
  SageMakerTransformJobFailed: 'SageMakerTransformJobFailed',
  NoApprovedModelError: 'NoApprovedModelError',
  ModelNotApprovedError: 'ModelNotApprovedError',
  AnnotationFailedError: 'AnnotationFailedError',
} as const;

/** A function received an event of the wrong shape (a wiring mistake: retrying does not help). */
export class EventShapeError extends FsxnError {
  override name: string = ErrorName.EventShapeError;
}

/** The bytes are not a readable MP4/MOV container (no moov, truncated box, no video track). */
export class InvalidContainerError extends FsxnError {
  override name: string = ErrorName.InvalidContainerError;
}

/** The header of a PCD or LAS file cannot be read at all (QC findings on a readable header are not errors). */
export class InvalidPointCloudError extends FsxnError {
  override name: string = ErrorName.InvalidPointCloudError;
}

/** The model registry group holds no Approved model package, so nothing may be deployed. */
export class NoApprovedModelError extends FsxnError {
  override name: string = ErrorName.NoApprovedModelError;
}

/** A deployment names a model package that is not an Approved, Completed package of this stack's group. */
export class ModelNotApprovedError extends FsxnError {
  override name: string = ErrorName.ModelNotApprovedError;
}

/** Every work item of a run failed: the annotations are written, then the run fails so nobody mistakes it for a success. */
export class AnnotationFailedError extends FsxnError {
  override name: string = ErrorName.AnnotationFailedError;
}

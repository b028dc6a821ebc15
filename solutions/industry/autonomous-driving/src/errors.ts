/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the kit's and the task-token ones included, so a test can check the ASL against it.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
import { TaskTokenErrorName } from '@fsxn-s3ap/shared/task-tokens';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ...TaskTokenErrorName,
  InvalidContainerError: 'InvalidContainerError',
  InvalidPointCloudError: 'InvalidPointCloudError',
  UnsupportedFileTypeError: 'UnsupportedFileTypeError',
  SageMakerTransformJobFailed: 'SageMakerTransformJobFailed',
  NoApprovedModelError: 'NoApprovedModelError',
  ModelNotApprovedError: 'ModelNotApprovedError',
} as const;

/** The bytes are not a readable MP4/MOV container (no moov, truncated box, no video track). */
export const InvalidContainerError = namedError(ErrorName.InvalidContainerError);

/** The header of a PCD or LAS file cannot be read at all (QC findings on a readable header are not errors). */
export const InvalidPointCloudError = namedError(ErrorName.InvalidPointCloudError);

/** A discovered file is neither a video (.mp4, .mov) nor a point cloud (.pcd, .las): SUFFIX_FILTER let it through. */
export const UnsupportedFileTypeError = namedError(ErrorName.UnsupportedFileTypeError);

/** The model registry group holds no Approved model package, so nothing may be deployed. */
export const NoApprovedModelError = namedError(ErrorName.NoApprovedModelError);

/** A deployment names a model package that is not an Approved, Completed package of this stack's group. */
export const ModelNotApprovedError = namedError(ErrorName.ModelNotApprovedError);

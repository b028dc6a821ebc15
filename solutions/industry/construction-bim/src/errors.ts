/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (the kit's and this pattern's), so `validate` can check the ASL against it. A parser
 * error's message says what is wrong and at which byte offset.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  IfcFormatError: 'IfcFormatError',
  IfcTruncatedError: 'IfcTruncatedError',
  IfcSchemaError: 'IfcSchemaError',
  RvtSignatureError: 'RvtSignatureError',
  ModelHistoryError: 'ModelHistoryError',
} as const;

/** An IFC STEP file breaks ISO 10303-21 (bad token, unexpected keyword, unbalanced list); says the byte offset. */
export const IfcFormatError = namedError(ErrorName.IfcFormatError);

/** An IFC STEP file ends before `END-ISO-10303-21;` (inside a string, an instance or a section); says the offset. */
export const IfcTruncatedError = namedError(ErrorName.IfcTruncatedError);

/** FILE_SCHEMA names no schema this pattern reads (IFC2X3, IFC4, IFC4X3), or is missing. */
export const IfcSchemaError = namedError(ErrorName.IfcSchemaError);

/** A `.rvt` file does not start with the OLE compound file signature Revit files carry. */
export const RvtSignatureError = namedError(ErrorName.RvtSignatureError);

/** A model's history record under `metadata/history/` is not the JSON this pattern writes. */
export const ModelHistoryError = namedError(ErrorName.ModelHistoryError);

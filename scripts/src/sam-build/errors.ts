/** A function breaks the SAM build contract: `sam build` would fail, or its bundle would not load in Lambda. */
export class ContractError extends Error {
  override readonly name = 'ContractError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** One reason a function of a template breaks the SAM build contract. */
export interface ContractViolation {
  /** The template.yaml that declares the function. */
  template: string;
  /** The function's logical id in that template. */
  logicalId: string;
  /** What is wrong and what to do about it. */
  reason: string;
}

/** One line per violation: `<template> <LogicalId>: <reason>`. */
export function formatViolations(violations: readonly ContractViolation[]): string {
  return violations.map((violation) => `${violation.template} ${violation.logicalId}: ${violation.reason}`).join('\n');
}

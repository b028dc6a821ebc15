/**
 * One document from its OCR result and entities to a decision: its kind, its fields, the broken rules, and whether
 * it needs a person (any finding, or OCR confidence under the human-review thresholds).
 */
import type { Entity, OcrResult } from '@fsxn-s3ap/shared/ai';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { type ConfidenceThresholds, evaluateConfidence, type ReviewDecision } from '@fsxn-s3ap/shared/human-review';
import { checkInvoice } from './checks';
import { type Classification, classifyDocument } from './classify';
import { parseDate } from './dates';
import { extractInvoice, type InvoiceFields } from './fields';
import { type Finding, Rule } from './findings';
import { fieldValue } from './keys';

/** The fields read from a contract. */
export interface ContractFields {
  agreementNumber?: string;
  effectiveDate?: string;
  term?: string;
  paymentTerms?: string;
}

export interface DocumentAnalysis {
  classification: Classification;
  invoice?: InvoiceFields;
  contract?: ContractFields;
  findings: Finding[];
  /** `AUTO_APPROVE` only with no finding and OCR confidence at or above the approval threshold. */
  decision: ReviewDecision;
}

function contractFields(ocr: Pick<OcrResult, 'keyValues'>, findings: Finding[]): ContractFields {
  const read = (labels: string[]) => fieldValue(ocr.keyValues, labels);
  const fields: ContractFields = {};
  const number = read(['agreementnumber', 'contractnumber', 'agreementno', 'contractno']);
  if (number !== undefined) fields.agreementNumber = number;
  const term = read(['term']);
  if (term !== undefined) fields.term = term;
  const terms = read(['paymentterms']);
  if (terms !== undefined) fields.paymentTerms = terms;
  const effective = read(['effectivedate', 'commencementdate', 'startdate']);
  if (effective === undefined)
    findings.push({ rule: Rule.MissingField, field: 'effectiveDate', message: 'No effectiveDate found' });
  else {
    try {
      fields.effectiveDate = parseDate(effective);
    } catch (error) {
      findings.push({ rule: Rule.UnreadableDate, field: 'effectiveDate', message: errorMessage(error) });
    }
  }
  return fields;
}

/** Classifies, extracts and checks `ocr`; `entities` give the vendor when no Vendor field names it. */
export function analyseDocument(
  ocr: OcrResult,
  entities: readonly Entity[],
  thresholds: ConfidenceThresholds,
): DocumentAnalysis {
  const classification = classifyDocument(ocr);
  const findings: Finding[] = [];
  const analysis: DocumentAnalysis = { classification, findings, decision: 'AUTO_APPROVE' };
  if (classification.kind === 'invoice') {
    const organisations = entities.filter((entity) => entity.type === 'ORGANIZATION').map((entity) => entity.text);
    const extraction = extractInvoice(ocr, organisations);
    analysis.invoice = extraction.fields;
    findings.push(...extraction.findings, ...checkInvoice(extraction.fields));
  } else if (classification.kind === 'contract') analysis.contract = contractFields(ocr, findings);
  else findings.push({ rule: Rule.UnknownKind, message: 'Neither an invoice nor a contract by the rules' });
  const byConfidence = evaluateConfidence(Math.min(1, Math.max(0, ocr.confidence / 100)), thresholds);
  if (byConfidence !== 'AUTO_APPROVE')
    findings.push({ rule: Rule.LowConfidence, message: `OCR confidence ${ocr.confidence} (${ocr.source})` });
  analysis.decision = byConfidence === 'REJECT' ? 'REJECT' : findings.length > 0 ? 'HUMAN_REVIEW' : 'AUTO_APPROVE';
  return analysis;
}

/** How the run report reads: what was de-identified, what goes to a person, and the modalities seen. */
import { countsSection, type ReportSection, type ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { type DicomSummary, dicomSummary } from './summary';

/** The report spec of this pattern. */
export const dicomReport: ReportSpec<DicomSummary> = {
  title: 'DICOM de-identification',
  summary: dicomSummary,
  sections(summary): ReportSection[] {
    return [
      {
        title: 'De-identification (PS3.15 Basic Application Level Confidentiality Profile)',
        facts: [
          ['Attributes removed (X)', summary.actions.X],
          ['Attributes emptied (Z)', summary.actions.Z],
          ['UIDs replaced (U)', summary.actions.U],
          ['Pixel bytes copied unchanged', summary.pixelBytes],
        ],
      },
      {
        title: 'Human review',
        facts: [
          ['Files with burned-in text', summary.burnedInText],
          ['Files with PHI left in their text', summary.residualPhi],
          ...Object.entries(summary.byDecision).map(([decision, n]): [string, number] => [decision, n ?? 0]),
        ],
      },
      {
        title: 'Files flagged for review',
        columns: ['Key', 'Decision', 'Reasons'],
        rows: summary.flagged.map((f) => [f.key, f.decision, f.reasons.join(', ')]),
      },
      countsSection('By modality', ['Modality', 'Files'], summary.byModality),
    ];
  },
};

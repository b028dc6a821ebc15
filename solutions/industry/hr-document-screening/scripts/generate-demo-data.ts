/**
 * Writes demo-data/ (or the folder given as the first argument) deterministically: two PDF resumes identical but for
 * protected characteristics and their proxies (name, contact, birth date, gender, nationality, marital status), a
 * DOCX resume, a sparse PDF that goes to review, and a truncated DOCX (the failed item). All people are fictitious.
 *
 * Run: `pnpm run demo-data` from the pattern folder (the output is committed; a unit test checks for drift).
 */
import path from 'node:path';
import { type DemoFiles, docxDocument, pdfDocument, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';

const body = [
  'Summary: Platform engineer building cloud services.',
  'Skills: TypeScript, Node.js, AWS, PostgreSQL, Terraform, Docker, GitHub Actions',
  'Experience',
  '2016-09 - 2019-08 Backend developer, Example Logistics Ltd',
  '2019-06 - present Platform engineer, Example Cloud Inc',
  '2021-01 - 2021-12 Volunteer mentor, Code Club',
  'Education',
  'BSc Computer Science, Example University',
];

function twin(person: {
  name: string;
  email: string;
  phone: string;
  born: string;
  gender: string;
  nationality: string;
  marital: string;
}) {
  return pdfDocument({
    title: 'Resume',
    pages: [
      {
        lines: [
          person.name,
          `Email: ${person.email}`,
          `Phone: ${person.phone}`,
          `Date of birth: ${person.born}`,
          `Gender: ${person.gender}`,
          `Nationality: ${person.nationality}`,
          `Marital status: ${person.marital}`,
          ...body,
        ],
      },
    ],
  });
}

/** Every file of demo-data/, by path relative to it. */
export async function demoFiles(): Promise<DemoFiles> {
  const docx = docxDocument({
    paragraphs: [
      { text: 'Kenji Watanabe', bold: true },
      'Email: kenji.watanabe@example.jp',
      'Skills: Python, SQL, Spark, Airflow, AWS, Kubernetes',
      'Experience',
      '2012-04 - 2018-03 Data engineer, Example Retail K.K.',
      '2018-04 - present Senior data engineer, Example Analytics Inc',
      'Education',
      'MSc Information Science',
    ],
  });
  const sparse = await pdfDocument({
    title: 'Profile',
    pages: [{ lines: ['Alex Doe', 'I enjoy Linux and networking and want to learn more.'] }],
  });
  return {
    'hr/resumes/candidate-a.pdf': await twin({
      name: 'Maria Garcia',
      email: 'maria.garcia@example.com',
      phone: '+34 612 345 678',
      born: '1988-04-02',
      gender: 'Female',
      nationality: 'Spanish',
      marital: 'Married, two children',
    }),
    'hr/resumes/candidate-b.pdf': await twin({
      name: 'John Smith',
      email: 'john.smith@example.org',
      phone: '+44 20 7946 0123',
      born: '1969-11-20',
      gender: 'Male',
      nationality: 'British',
      marital: 'Single',
    }),
    'hr/resumes/candidate-c.docx': docx,
    'hr/resumes/candidate-d.pdf': sparse,
    // Cut inside the zip: no central directory, the Office reader says where it looked.
    'hr/resumes/corrupt.docx': docx.subarray(0, Math.floor(docx.length / 2)),
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));

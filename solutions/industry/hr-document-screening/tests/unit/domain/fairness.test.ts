import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import fc from 'fast-check';
import { loadJobProfile } from '../../../src/domain/job-profile';
import { extractResume } from '../../../src/domain/resume';
import { scoreCandidate } from '../../../src/domain/scoring';
import { toScoringInput } from '../../../src/domain/scoring-input';
import { SKILLS_VOCABULARY } from '../../../src/domain/skills-vocabulary';

const NOW = 2026 * 12;
const profile = loadJobProfile();

/** A model stand-in whose answer depends on every character of its prompt. */
const promptHashModel: TextGenerator = {
  generate: async (request) => {
    let hash = 0;
    for (const char of request.prompt) hash = (hash * 31 + char.charCodeAt(0)) % 101;
    return { text: JSON.stringify({ score: hash, rationale: 'r' }), modelId: 'hash-model' };
  },
};

const job = fc.record({
  skills: fc.subarray(Object.values(SKILLS_VOCABULARY).map((phrases) => phrases[0] ?? '')),
  roles: fc.array(fc.record({ start: fc.integer({ min: 1990, max: 2024 }), years: fc.integer({ min: 0, max: 8 }) }), {
    maxLength: 4,
  }),
  degree: fc.constantFrom('', 'BSc Physics', 'MSc Computing', 'PhD Chemistry', 'High school diploma'),
});
const person = fc.record({
  name: fc.constantFrom('Maria Garcia', 'John Smith', 'Aiko Sato', 'Kwame Mensah'),
  born: fc.date({ min: new Date('1950-01-01'), max: new Date('2005-12-31'), noInvalidDate: true }),
  gender: fc.constantFrom('Female', 'Male', 'Non-binary'),
  nationality: fc.constantFrom('Spanish', 'British', 'Japanese', 'Ghanaian'),
  marital: fc.constantFrom('Married', 'Single', 'Divorced, two children'),
  religion: fc.constantFrom('', 'Buddhist', 'Catholic'),
});

type JobFacts = typeof job extends fc.Arbitrary<infer T> ? T : never;
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;

function resumeText(facts: JobFacts, who: Person): string {
  return [
    who.name,
    `Date of birth: ${who.born.toISOString().slice(0, 10)}`,
    `Gender: ${who.gender}`,
    `Nationality: ${who.nationality}`,
    `Marital status: ${who.marital}`,
    ...(who.religion === '' ? [] : [`Religion: ${who.religion}`]),
    `Skills: ${facts.skills.join(', ')}`,
    ...facts.roles.map((role) => `${role.start}-01 - ${Math.min(2025, role.start + role.years)}-12 Engineer`),
    facts.degree,
  ].join('\n');
}

describe('fairness: protected characteristics never change the score', () => {
  it('gives identical scoring input, rule score and model score when only protected fields vary (property)', async () => {
    await fc.assert(
      fc.asyncProperty(job, person, person, async (facts, first, second) => {
        const a = extractResume(resumeText(facts, first), NOW, 99, false);
        const b = extractResume(resumeText(facts, second), NOW, 99, false);
        const [inputA, inputB] = [toScoringInput(a), toScoringInput(b)];
        expect(inputA).toEqual(inputB);
        const [scoreA, scoreB] = await Promise.all([
          scoreCandidate(promptHashModel, inputA, profile),
          scoreCandidate(promptHashModel, inputB, profile),
        ]);
        expect(scoreA.value.score).toBe(scoreB.value.score);
        expect(scoreA.source).toBe('model');
      }),
    );
  });

  it('removes protected fields by construction: the input has exactly the job-relevant keys', () => {
    // Prepare
    const resume = extractResume('Ann\nGender: Female\nAge: 44\nSkills: SQL\n2010 - 2020 Analyst', NOW, 99, true);

    // Act
    const input = toScoringInput(resume);

    // Assess
    expect(Object.keys(input).sort()).toEqual(['educationLevel', 'skills', 'yearsOfExperience']);
    expect(resume.protectedFields).toEqual(['age', 'gender', 'photo']);
    expect(JSON.stringify(input)).not.toMatch(/Ann|Female|44/);
  });
});

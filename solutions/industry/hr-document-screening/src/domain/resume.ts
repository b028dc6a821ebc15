/** What a resume states, extracted from its text: contact, skills, dated roles, education, protected fields. */
import { type EducationLevel, educationLevelIn } from './education';
import { parseRole, type Role, yearsOfExperience } from './experience';
import { type ProtectedField, protectedFieldsIn } from './protected-fields';
import { skillsIn } from './skills-vocabulary';

export interface ResumeExtraction {
  /** The first non-empty line (resumes start with the candidate's name); a proxy, never scored. */
  name?: string;
  skills: string[];
  roles: Role[];
  yearsOfExperience: number;
  educationLevel: EducationLevel;
  /** Protected fields the resume states (names only; their values are never stored or scored). */
  protectedFields: ProtectedField[];
  /** 0-1: how complete the extraction is (skills, roles, education found), times the reading confidence. */
  confidence: number;
}

/** The extraction of `text`; `now` is the month index of "present"; `readConfidence` 0-100 from the reader. */
export function extractResume(text: string, now: number, readConfidence: number, photo: boolean): ResumeExtraction {
  const lines = text.split('\n').map((line) => line.trim());
  const roles = lines.map((line) => parseRole(line, now)).filter((role): role is Role => role !== undefined);
  const skills = skillsIn(text);
  const educationLevel = educationLevelIn(text);
  const { fields } = protectedFieldsIn(text);
  const protectedFields = photo ? [...new Set<ProtectedField>([...fields, 'photo'])].sort() : fields;
  const completeness =
    (skills.length > 0 ? 0.4 : 0) + (roles.length > 0 ? 0.4 : 0) + (educationLevel !== 'none' ? 0.2 : 0);
  const name = lines.find((line) => line !== '');
  return {
    ...(name === undefined ? {} : { name: name.slice(0, 80) }),
    skills,
    roles,
    yearsOfExperience: yearsOfExperience(roles),
    educationLevel,
    protectedFields,
    confidence: Math.round(completeness * Math.min(100, Math.max(0, readConfidence))) / 100,
  };
}

/**
 * The scoring input: the only view of a candidate the scorer (rules or model) ever sees. It is built from an
 * allow-list of job-relevant fields (skills, total years of experience, education level), so protected
 * characteristics and their proxies (name, contact, address, birth date or age, gender, nationality, marital status,
 * religion, photo, graduation and role dates, employer names) are removed by construction, not by a deny-list.
 */
import type { EducationLevel } from './education';
import type { ResumeExtraction } from './resume';

export interface ScoringInput {
  skills: string[];
  yearsOfExperience: number;
  educationLevel: EducationLevel;
}

/** The scoring input of an extraction: job-relevant fields only, skills sorted. */
export function toScoringInput(resume: ResumeExtraction): ScoringInput {
  return {
    skills: [...resume.skills].sort(),
    yearsOfExperience: resume.yearsOfExperience,
    educationLevel: resume.educationLevel,
  };
}

/** A problem in a state machine definition, with the path of the state that has it. */
export interface DefinitionProblem {
  path: string;
  message: string;
  /** `warning` is printed only; absent means error. */
  severity?: 'warning';
}

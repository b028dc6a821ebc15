/**
 * A small ISO 10303-21 writer for demo files, tests and the bench: a header (FILE_DESCRIPTION, FILE_NAME,
 * FILE_SCHEMA) and `#id= TYPE(...);` instances, with strings encoded as STEP strings (`''`, `\X2\` for non-ASCII).
 */

/** One attribute value: a string, a number (written as a real), `$`, a reference, an enumeration or a list. */
export type StepArg = string | number | null | { ref: number } | { enum: string } | { int: number } | StepArg[];

/** Encodes a STEP string: quotes doubled, backslashes doubled, non-ASCII as \X2\...\X0\. */
export function stepString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (char === "'") out += "''";
    else if (char === '\\') out += '\\\\';
    else if (code >= 0x20 && code < 0x7f) out += char;
    else {
      const units = code > 0xffff ? [code] : [code];
      out += `\\X${code > 0xffff ? '4' : '2'}\\${units.map((u) => u.toString(16).toUpperCase().padStart(code > 0xffff ? 8 : 4, '0')).join('')}\\X0\\`;
    }
  }
  return `'${out}'`;
}

const real = (value: number) => (Number.isInteger(value) ? `${value}.` : String(value));

/** One attribute as STEP text. */
export function stepArg(arg: StepArg): string {
  if (arg === null) return '$';
  if (typeof arg === 'string') return stepString(arg);
  if (typeof arg === 'number') return real(arg);
  if (Array.isArray(arg)) return `(${arg.map(stepArg).join(',')})`;
  if ('ref' in arg) return `#${arg.ref}`;
  if ('int' in arg) return String(arg.int);
  return `.${arg.enum}.`;
}

/** The header lines of a file. */
export function stepHeader(options: { name: string; timeStamp: string; schema: string }): string {
  return [
    'ISO-10303-21;',
    'HEADER;',
    "FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');",
    `FILE_NAME(${stepString(options.name)},${stepString(options.timeStamp)},('Site engineer'),('Example Construction'),'demo writer','demo writer 1.0','');`,
    `FILE_SCHEMA((${stepString(options.schema)}));`,
    'ENDSEC;',
    'DATA;',
  ].join('\n');
}

/** One instance line. */
export const stepInstance = (id: number, type: string, args: readonly StepArg[]) =>
  `#${id}=${type}(${args.map(stepArg).join(',')});`;

/** The closing lines. */
export const STEP_FOOTER = 'ENDSEC;\nEND-ISO-10303-21;\n';

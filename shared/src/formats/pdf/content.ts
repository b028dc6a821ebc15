/** The content-stream interpreter: runs the text operators and records each shown string where it lands. */
import type { PdfFile } from './document';
import { loadFont, type PdfFont } from './fonts';
import { skipInlineImage } from './inline-image';
import { PdfLexer } from './lexer';
import { isDict, nameOf, numberOf, type PdfDict, PdfOperator, PdfStream, type PdfValue } from './objects';
import { parseValue } from './parser';
import { type GraphicsState, IDENTITY, type Matrix, multiply, withoutControls } from './text-state';

const MAX_FORM_DEPTH = 8;

/** A shown string placed on the page: start and end x, baseline y, effective font size. */
export interface TextFragment {
  text: string;
  x: number;
  endX: number;
  y: number;
  size: number;
}

/** Runs page (or form) content and collects its text fragments. */
export class ContentReader {
  readonly fragments: TextFragment[] = [];
  private readonly fonts = new Map<PdfDict, PdfFont>();
  private readonly forms = new Set<PdfStream>();
  private state: GraphicsState = {
    ctm: IDENTITY,
    font: undefined,
    size: 0,
    charSpacing: 0,
    wordSpacing: 0,
    scale: 1,
    leading: 0,
  };
  private tm: Matrix = IDENTITY;
  private tlm: Matrix = IDENTITY;

  constructor(private readonly file: PdfFile) {}

  /** Interprets `data` (decoded content) with `resources`; errors name `at`, the stream's offset in the file. */
  run(data: Uint8Array, resources: PdfDict | undefined, at: number, depth = 0): void {
    const lexer = new PdfLexer(data, 0, at);
    const stack: GraphicsState[] = [];
    let operands: PdfValue[] = [];
    for (let token = lexer.next(); token.kind !== 'eof'; token = lexer.next()) {
      const value = parseValue(lexer, token, false);
      if (!(value instanceof PdfOperator)) {
        operands.push(value);
        continue;
      }
      const op = value.op;
      if (op === 'q') stack.push({ ...this.state });
      else if (op === 'Q') this.state = stack.pop() ?? this.state;
      else if (op === 'BI') skipInlineImage(lexer);
      else if (op === 'Do') this.form(nameOf(operands[0]), resources, at, depth);
      else this.operate(op, operands, resources);
      operands = [];
    }
  }

  private operate(op: string, operands: PdfValue[], resources: PdfDict | undefined): void {
    const num = (index: number) => numberOf(operands[index]) ?? 0;
    const state = this.state;
    switch (op) {
      case 'cm':
        state.ctm = multiply([num(0), num(1), num(2), num(3), num(4), num(5)], state.ctm);
        return;
      case 'BT':
        this.tm = IDENTITY;
        this.tlm = IDENTITY;
        return;
      case 'Tf':
        state.font = this.font(this.file.dict(resources, 'Font'), nameOf(operands[0]));
        state.size = num(1);
        return;
      case 'Tc':
      case 'Tw':
      case 'Tz':
      case 'TL':
        if (op === 'Tc') state.charSpacing = num(0);
        else if (op === 'Tw') state.wordSpacing = num(0);
        else if (op === 'Tz') state.scale = num(0) / 100;
        else state.leading = num(0);
        return;
      case 'TD':
        state.leading = -num(1);
        this.moveLine(num(0), num(1));
        return;
      case 'Td':
        this.moveLine(num(0), num(1));
        return;
      case 'Tm':
        this.tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
        this.tm = this.tlm;
        return;
      case 'T*':
        this.moveLine(0, -state.leading);
        return;
      case 'Tj':
        this.show(operands[0]);
        return;
      case "'":
      case '"':
        if (op === '"') [state.wordSpacing, state.charSpacing] = [num(0), num(1)];
        this.moveLine(0, -state.leading);
        this.show(operands[op === '"' ? 2 : 0]);
        return;
      case 'TJ':
        for (const item of Array.isArray(operands[0]) ? operands[0] : []) {
          if (typeof item === 'number') this.advance((-item / 1000) * state.size * state.scale);
          else this.show(item);
        }
    }
  }

  private moveLine(tx: number, ty: number): void {
    this.tlm = multiply([1, 0, 0, 1, tx, ty], this.tlm);
    this.tm = this.tlm;
  }

  private advance(tx: number): void {
    this.tm = multiply([1, 0, 0, 1, tx, 0], this.tm);
  }

  private show(value: PdfValue | undefined): void {
    const { font, size, charSpacing, wordSpacing, scale, ctm } = this.state;
    if (!(value instanceof Uint8Array) || font === undefined) return;
    const shown = font.show(value);
    const start = multiply(this.tm, ctm);
    this.advance(((shown.advance / 1000) * size + charSpacing * shown.codes + wordSpacing * shown.spaces) * scale);
    const end = multiply(this.tm, ctm);
    const text = withoutControls(shown.text);
    if (text === '') return;
    const fontSize = Math.abs(size) * Math.hypot(start[2], start[3]) || 1;
    this.fragments.push({ text, x: start[4], endX: end[4], y: start[5], size: fontSize });
  }

  private font(fonts: PdfDict | undefined, name: string | undefined): PdfFont | undefined {
    const dict = name === undefined ? undefined : this.file.dict(fonts, name);
    if (dict === undefined) return loadFont(this.file, undefined);
    let font = this.fonts.get(dict);
    if (font === undefined) {
      font = loadFont(this.file, dict);
      this.fonts.set(dict, font);
    }
    return font;
  }

  private form(name: string | undefined, resources: PdfDict | undefined, at: number, depth: number): void {
    const xobjects = this.file.dict(resources, 'XObject');
    const form = name === undefined ? undefined : this.file.get(xobjects, name);
    if (!(form instanceof PdfStream) || nameOf(form.dict.get('Subtype')) !== 'Form') return;
    if (depth >= MAX_FORM_DEPTH || this.forms.has(form)) return;
    const data = this.file.decode(form);
    if (data === undefined) return;
    const matrix = this.file.get(form.dict, 'Matrix');
    const saved = { state: { ...this.state }, tm: this.tm, tlm: this.tlm };
    if (Array.isArray(matrix) && matrix.length === 6) {
      this.state.ctm = multiply(matrix.map((item) => numberOf(item) ?? 0) as Matrix, this.state.ctm);
    }
    this.forms.add(form);
    const own = this.file.dict(form.dict, 'Resources');
    this.run(data, isDict(own) ? own : resources, form.offset || at, depth + 1);
    this.forms.delete(form);
    [this.state, this.tm, this.tlm] = [saved.state, saved.tm, saved.tlm];
  }
}

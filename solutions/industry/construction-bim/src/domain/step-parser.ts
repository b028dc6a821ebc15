/**
 * The structure of an ISO 10303-21 file over the tokenizer's tokens: `ISO-10303-21;`, the HEADER section's
 * entities, one or more DATA sections of `#id= TYPE(...);` instances, `ENDSEC;` and `END-ISO-10303-21;`. Every
 * instance's type is reported; only the instances the visitor asks for have their attributes built (as values,
 * lists nested), the others are skipped by the tokenizer.
 */
import { IfcFormatError, IfcTruncatedError } from '../errors';
import { StepLexer, Tok, type TokenKind } from './step-lexer';

/** A reference to another instance. */
export interface StepRef {
  ref: number;
}
/** A typed parameter such as `IFCLABEL('x')` or `IFCBOOLEAN(.T.)`. */
export interface StepTyped {
  type: string;
  value: StepValue;
}
/** One attribute value: string, number, enumeration (`{ enum }`), null (`$` or `*`), reference, typed or list. */
export type StepValue = string | number | null | StepRef | StepTyped | { enum: string } | StepValue[];

/** What the parser reports; `wants` decides which instances have their attributes built. */
export interface StepVisitor {
  header(name: string, attributes: StepValue[], offset: number): void;
  /** The header section ended (FILE_SCHEMA has been seen, or not). */
  headerEnd(offset: number): void;
  wants(type: string): boolean;
  instance(id: number, type: string, attributes: StepValue[] | undefined): void;
}

/** Most values one built instance may hold (all lists together); more is a format error. */
export const MAX_VALUES_PER_INSTANCE = 1_000_000;

const P = {
  Magic: 0,
  MagicSemi: 1,
  Header: 2,
  HeaderSemi: 3,
  HeaderBody: 4,
  HeaderEndSemi: 5,
  DataKeyword: 6,
  DataOpen: 7,
  DataParams: 8,
  DataSemi: 9,
  Data: 10,
  DataEndSemi: 11,
  AfterData: 12,
  EndSemi: 13,
} as const;
const D = { Name: 0, Equals: 1, Type: 2, Open: 3, Attrs: 4, End: 5, Skipped: 6 } as const;

/** Parses a STEP file fed in chunks; `finish` checks that it ended with `END-ISO-10303-21;`. */
export class StepParser {
  readonly lexer: StepLexer;
  private phase: number = P.Magic;
  private data: number = D.Name;
  private done = false;
  private id = 0;
  private type = '';
  private stack: StepValue[][] = [];
  private typedNames: Array<string | undefined> = [];
  private values = 0;
  private instanceStart = 0;
  private pendingType: string | undefined;
  /** Instances read. */
  instances = 0;

  constructor(private readonly visitor: StepVisitor) {
    this.lexer = new StepLexer((kind, offset) => this.token(kind, offset));
  }

  push(chunk: Uint8Array): void {
    if (!this.done) this.lexer.push(chunk);
  }

  /** True once `END-ISO-10303-21;` was read: the rest of the input may be ignored. */
  get complete(): boolean {
    return this.done;
  }

  finish(): void {
    if (this.done) return;
    this.lexer.end();
    const size = this.lexer.offset;
    const where =
      this.phase === P.Data && this.data !== D.Name
        ? `inside instance #${this.id} that starts at byte ${this.instanceStart}`
        : `before ${this.phase >= P.Data ? 'the end of the DATA section' : 'the end of the HEADER section'}`;
    throw new IfcTruncatedError(`IFC: file ends at byte ${size} ${where}, without END-ISO-10303-21;`);
  }

  private fail(what: string, offset: number): never {
    throw new IfcFormatError(`IFC: ${what} at byte ${offset}`);
  }

  private token(kind: TokenKind, offset: number): void {
    if (this.done) return;
    if (this.phase === P.Data) {
      this.dataToken(kind, offset);
      return;
    }
    if (this.phase === P.HeaderBody) {
      this.headerToken(kind, offset);
      return;
    }
    if (this.phase === P.DataParams) {
      // DATA('name', ('schema')) of edition 3: the parameters are read and ignored.
      if (!this.attributeToken(kind, offset)) {
        this.takeAttributes();
        this.phase = P.DataSemi;
      }
      return;
    }
    const keyword = kind === Tok.Keyword ? this.lexer.text : '';
    const semi = kind === Tok.Semi;
    switch (this.phase) {
      case P.Magic:
        this.expect(keyword === 'ISO-10303-21', P.MagicSemi, 'not a STEP file (no ISO-10303-21; first)', offset);
        return;
      case P.Header:
        this.expect(keyword === 'HEADER', P.HeaderSemi, 'HEADER; expected', offset);
        return;
      case P.DataKeyword:
        this.expect(keyword === 'DATA', P.DataOpen, 'DATA; expected after the HEADER section', offset);
        return;
      case P.DataOpen:
        if (kind === Tok.LParen) {
          this.data = D.Open;
          this.attributeToken(kind, offset);
          this.phase = P.DataParams;
          return;
        }
        this.expect(semi, P.Data, '";" expected after DATA', offset);
        return;
      case P.AfterData:
        if (keyword === 'DATA') {
          this.expect(true, P.DataOpen, '', offset);
          return;
        }
        this.expect(keyword === 'END-ISO-10303-21', P.EndSemi, 'DATA or END-ISO-10303-21 expected', offset);
        return;
      case P.EndSemi:
        this.expect(semi, P.EndSemi, '";" expected after END-ISO-10303-21', offset);
        this.done = true;
        this.lexer.halt();
        return;
      default: {
        const next: Record<number, number> = {
          [P.MagicSemi]: P.Header,
          [P.HeaderSemi]: P.HeaderBody,
          [P.HeaderEndSemi]: P.DataKeyword,
          [P.DataSemi]: P.Data,
          [P.DataEndSemi]: P.AfterData,
        };
        this.expect(semi, next[this.phase] as number, '";" expected', offset);
        return;
      }
    }
  }

  private expect(ok: boolean, next: number, what: string, offset: number): void {
    if (!ok) this.fail(what, offset);
    this.phase = next;
  }

  private headerToken(kind: TokenKind, offset: number): void {
    if (this.data === D.Name) {
      if (kind === Tok.Keyword && this.lexer.text === 'ENDSEC') {
        this.visitor.headerEnd(offset);
        this.phase = P.HeaderEndSemi;
        return;
      }
      if (kind !== Tok.Keyword) this.fail('header entity expected', offset);
      this.type = this.lexer.text;
      this.instanceStart = offset;
      this.data = D.Open;
      return;
    }
    if (this.data === D.End) {
      if (kind !== Tok.Semi) this.fail(`";" expected after ${this.type}`, offset);
      this.data = D.Name;
      return;
    }
    if (this.attributeToken(kind, offset)) return;
    this.visitor.header(this.type, this.takeAttributes(), this.instanceStart);
    this.data = D.End;
  }

  private dataToken(kind: TokenKind, offset: number): void {
    switch (this.data) {
      case D.Name:
        if (kind === Tok.Instance) {
          this.id = this.lexer.num;
          this.instanceStart = offset;
          this.data = D.Equals;
          return;
        }
        if (kind === Tok.Keyword && this.lexer.text === 'ENDSEC') {
          this.phase = P.DataEndSemi;
          return;
        }
        this.fail('instance name (#id) or ENDSEC expected', offset);
        return;
      case D.Equals:
        if (kind !== Tok.Equals) this.fail(`"=" expected after #${this.id}`, offset);
        this.data = D.Type;
        return;
      case D.Type:
        this.instances += 1;
        if (kind === Tok.LParen) {
          // A complex instance (#id=(A(...)B(...));): counted under COMPLEX, its parts not read.
          this.visitor.instance(this.id, 'COMPLEX', undefined);
          this.skipRest();
          return;
        }
        if (kind !== Tok.Keyword) this.fail(`entity type expected for #${this.id}`, offset);
        this.type = this.lexer.text;
        this.data = D.Open;
        return;
      case D.Skipped:
        this.data = D.Name;
        return;
      case D.End:
        if (kind !== Tok.Semi) this.fail(`";" expected after #${this.id}`, offset);
        this.data = D.Name;
        return;
      default:
        if (this.data === D.Open && kind === Tok.LParen && !this.visitor.wants(this.type)) {
          this.visitor.instance(this.id, this.type, undefined);
          this.skipRest();
          return;
        }
        if (this.attributeToken(kind, offset)) return;
        this.visitor.instance(this.id, this.type, this.takeAttributes());
        this.data = D.End;
    }
  }

  private skipRest(): void {
    this.data = D.Skipped;
    this.lexer.skipInstance();
  }

  private takeAttributes(): StepValue[] {
    const attributes = this.stack[0] ?? [];
    this.stack = [];
    this.typedNames = [];
    this.values = 0;
    this.data = D.Name;
    return attributes;
  }

  /**
   * One token of an attribute list (the opening parenthesis included); false when the list just closed. Typed
   * parameters (`IFCLABEL('x')`) become `{ type, value }`.
   */
  private attributeToken(kind: TokenKind, offset: number): boolean {
    if (this.data === D.Open) {
      if (kind !== Tok.LParen) this.fail(`"(" expected after ${this.type}`, offset);
      this.data = D.Attrs;
      this.stack = [[]];
      this.typedNames = [undefined];
      return true;
    }
    const top = this.stack[this.stack.length - 1] as StepValue[];
    if (this.values++ > MAX_VALUES_PER_INSTANCE) this.fail(`more than ${MAX_VALUES_PER_INSTANCE} values`, offset);
    switch (kind) {
      case Tok.LParen: {
        const list: StepValue[] = [];
        const pending = this.pendingType;
        this.pendingType = undefined;
        this.stack.push(list);
        this.typedNames.push(pending);
        return true;
      }
      case Tok.RParen: {
        if (this.pendingType !== undefined) this.fail('"(" expected after a typed parameter', offset);
        const list = this.stack.pop() as StepValue[];
        const typed = this.typedNames.pop();
        if (this.stack.length === 0) {
          this.stack = [list];
          return false;
        }
        const parent = this.stack[this.stack.length - 1] as StepValue[];
        parent.push(typed === undefined ? list : { type: typed, value: list[0] ?? null });
        return true;
      }
      case Tok.Comma:
        return true;
      case Tok.Keyword:
        this.pendingType = this.lexer.text;
        return true;
      case Tok.String:
      case Tok.Binary:
        top.push(this.lexer.text);
        return true;
      case Tok.Number:
        top.push(this.lexer.num);
        return true;
      case Tok.Enum:
        top.push({ enum: this.lexer.text });
        return true;
      case Tok.Instance:
        top.push({ ref: this.lexer.num });
        return true;
      case Tok.Null:
      case Tok.Derived:
        top.push(null);
        return true;
      default:
        return this.fail(`unexpected token in the attributes of ${this.type}`, offset);
    }
  }
}

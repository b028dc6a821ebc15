/**
 * A streaming tokenizer of ISO 10303-21 (STEP physical file) bytes: one pass, one state per byte, never looking
 * back, so its work is linear in the input whatever the chunking. Strings keep at most {@link MAX_STRING_BYTES} bytes
 * (the rest is scanned, not kept); comments are skipped; `skipInstance()` makes it scan to the `;` that ends the
 * current instance without producing tokens (strings and comments are still honoured there).
 */
import { IfcFormatError, IfcTruncatedError } from '../errors';
import { decodeStepString } from './step-string';

/** Token kinds: the current token's value is in {@link StepLexer.text} or {@link StepLexer.num}. */
export const Tok = {
  Keyword: 1,
  Instance: 2,
  Equals: 3,
  LParen: 4,
  RParen: 5,
  Comma: 6,
  Semi: 7,
  String: 8,
  Enum: 9,
  Number: 10,
  Null: 11,
  Derived: 12,
  Binary: 13,
} as const;
export type TokenKind = (typeof Tok)[keyof typeof Tok];

/** Receives each token and the byte offset where it starts. */
export type TokenSink = (kind: TokenKind, offset: number) => void;

/** Bytes of a string kept for its value; longer strings are scanned to their end and cut. */
export const MAX_STRING_BYTES = 4096;
/** Longest keyword, number, enumeration or instance name. */
export const MAX_WORD_BYTES = 256;

const S = { Idle: 0, Word: 1, Str: 2, StrQuote: 3, Slash: 4, Comment: 5, CommentStar: 6, Binary: 7 } as const;
const QUOTE = 0x27;
const SEMI = 0x3b;
const SLASH = 0x2f;
const STAR = 0x2a;
const DQUOTE = 0x22;

const WORD = new Uint8Array(256);
for (const range of ['AZ', 'az', '09']) {
  for (let c = range.charCodeAt(0); c <= range.charCodeAt(1); c++) WORD[c] = 1;
}
for (const c of '_-.+#') WORD[c.charCodeAt(0)] = 1;

const PUNCT: Record<number, TokenKind> = {
  61: Tok.Equals,
  40: Tok.LParen,
  41: Tok.RParen,
  44: Tok.Comma,
  59: Tok.Semi,
  36: Tok.Null,
  42: Tok.Derived,
};
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c;

/** The tokenizer; feed chunks in order with `push`, then call `end`. */
export class StepLexer {
  text = '';
  num = 0;
  /** Bytes dispatched so far: at most one step per byte plus one per token (the linearity property's witness). */
  steps = 0;
  private state: number = S.Idle;
  private skipping = false;
  private halted = false;
  private base = 0;
  private start = 0;
  private readonly word = new Uint8Array(MAX_WORD_BYTES);
  private wordLength = 0;
  private readonly str = new Uint8Array(MAX_STRING_BYTES);
  private strLength = 0;

  constructor(private readonly sink: TokenSink) {}

  /** Scan to the `;` that ends the current instance, emitting only that `;`. */
  skipInstance(): void {
    this.skipping = true;
  }

  /** Stop producing tokens (the file's end marker was read); the rest of the input is ignored. */
  halt(): void {
    this.halted = true;
  }

  /** Bytes consumed so far. */
  get offset(): number {
    return this.base;
  }

  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n && !this.halted) {
      this.steps += 1;
      if (this.skipping && this.state === S.Idle) {
        i = this.skip(chunk, i);
        continue;
      }
      const b = chunk[i] as number;
      switch (this.state) {
        case S.Idle:
          i = this.idle(chunk, i, b);
          break;
        case S.Word:
          i = this.wordRun(chunk, i);
          break;
        case S.Str:
          i = this.stringRun(chunk, i);
          break;
        case S.StrQuote:
          if (b === QUOTE) {
            this.keep(QUOTE);
            this.state = S.Str;
            i += 1;
          } else this.finishString();
          break;
        case S.Slash:
          if (b !== STAR) throw new IfcFormatError(`IFC: unexpected "/" at byte ${this.base + i - 1}`);
          this.state = S.Comment;
          i += 1;
          break;
        case S.Comment:
        case S.CommentStar:
          i = this.commentRun(chunk, i);
          break;
        default:
          i = this.binaryRun(chunk, i);
      }
    }
    this.base += n;
  }

  /** The input ended: a token in progress is finished, an open string or comment is a truncation. */
  end(): void {
    if (this.halted) return;
    if (this.state === S.Word) this.finishWord();
    else if (this.state === S.StrQuote) this.finishString();
    else if (this.state !== S.Idle) {
      const what = this.state === S.Str ? 'a string' : this.state === S.Binary ? 'a binary value' : 'a comment';
      throw new IfcTruncatedError(
        `IFC: file ends inside ${what} that starts at byte ${this.start} (${this.base} bytes)`,
      );
    }
  }

  private idle(chunk: Uint8Array, i: number, b: number): number {
    const at = this.base + i;
    if (isSpace(b)) return i + 1;
    this.start = at;
    if (WORD[b] === 1) {
      this.wordLength = 0;
      this.state = S.Word;
      return i;
    }
    if (b === QUOTE) {
      this.strLength = 0;
      this.state = S.Str;
      return i + 1;
    }
    if (b === SLASH) {
      this.state = S.Slash;
      return i + 1;
    }
    if (b === DQUOTE) {
      this.strLength = 0;
      this.state = S.Binary;
      return i + 1;
    }
    const kind = PUNCT[b];
    if (kind === undefined) throw new IfcFormatError(`IFC: unexpected byte 0x${b.toString(16)} at byte ${at}`);
    if (kind === Tok.Derived && chunk[i + 1] === SLASH) {
      throw new IfcFormatError(`IFC: "*/" outside a comment at byte ${at}`);
    }
    this.sink(kind, at);
    return i + 1;
  }

  /** Skip mode: to the next `;` outside strings and comments. */
  private skip(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    for (let i = from; i < n; i++) {
      const b = chunk[i] as number;
      if (b === SEMI) {
        this.skipping = false;
        this.steps += i - from;
        this.sink(Tok.Semi, this.base + i);
        return i + 1;
      }
      if (b === QUOTE || b === SLASH) {
        this.steps += i - from;
        this.start = this.base + i;
        this.strLength = 0;
        this.state = b === QUOTE ? S.Str : S.Slash;
        return i + 1;
      }
    }
    this.steps += n - from;
    return n;
  }

  private wordRun(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let i = from;
    while (i < n && WORD[chunk[i] as number] === 1) {
      if (this.wordLength >= MAX_WORD_BYTES) throw new IfcFormatError(`IFC: token too long at byte ${this.start}`);
      this.word[this.wordLength++] = chunk[i] as number;
      i += 1;
    }
    this.steps += i - from;
    if (i < n) this.finishWord();
    return i;
  }

  private finishWord(): void {
    this.state = S.Idle;
    const first = this.word[0] as number;
    if (first === 0x23) {
      this.num = this.instanceNumber();
      this.sink(Tok.Instance, this.start);
      return;
    }
    const text = latin1.decode(this.word.subarray(0, this.wordLength));
    if (first === 0x2e) {
      if (text.length < 3 || !text.endsWith('.'))
        throw new IfcFormatError(`IFC: bad enumeration at byte ${this.start}`);
      this.text = text.slice(1, -1);
      this.sink(Tok.Enum, this.start);
    } else if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b) {
      this.num = Number(text.endsWith('.') ? text.slice(0, -1) : text);
      if (Number.isNaN(this.num)) throw new IfcFormatError(`IFC: bad number "${text}" at byte ${this.start}`);
      this.sink(Tok.Number, this.start);
    } else {
      this.text = text.toUpperCase();
      this.sink(Tok.Keyword, this.start);
    }
  }

  /** The digits after `#`, read from the word's bytes (no string built). */
  private instanceNumber(): number {
    if (this.wordLength < 2 || this.wordLength > 16)
      throw new IfcFormatError(`IFC: bad instance name at byte ${this.start}`);
    let value = 0;
    for (let i = 1; i < this.wordLength; i++) {
      const d = (this.word[i] as number) - 0x30;
      if (d < 0 || d > 9) throw new IfcFormatError(`IFC: bad instance name at byte ${this.start}`);
      value = value * 10 + d;
    }
    return value;
  }

  private stringRun(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let i = from;
    while (i < n) {
      const b = chunk[i] as number;
      if (b === QUOTE) {
        this.state = S.StrQuote;
        i += 1;
        break;
      }
      this.keep(b);
      i += 1;
    }
    this.steps += i - from;
    return i;
  }

  private keep(b: number): void {
    if (this.strLength < MAX_STRING_BYTES) this.str[this.strLength++] = b;
  }

  private finishString(): void {
    this.state = S.Idle;
    if (this.skipping) return;
    this.text = decodeStepString(this.str.subarray(0, this.strLength));
    this.sink(Tok.String, this.start);
  }

  private commentRun(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let i = from;
    while (i < n) {
      const b = chunk[i] as number;
      i += 1;
      if (this.state === S.CommentStar && b === SLASH) {
        this.state = S.Idle;
        break;
      }
      this.state = b === STAR ? S.CommentStar : S.Comment;
    }
    this.steps += i - from;
    return i;
  }

  private binaryRun(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let i = from;
    while (i < n && chunk[i] !== DQUOTE) this.keep(chunk[i++] as number);
    this.steps += i - from;
    if (i < n) {
      this.state = S.Idle;
      this.text = String.fromCharCode(...this.str.subarray(0, Math.min(this.strLength, 64)));
      if (!this.skipping) this.sink(Tok.Binary, this.start);
      return i + 1;
    }
    return i;
  }
}

const latin1 = new TextDecoder('latin1');

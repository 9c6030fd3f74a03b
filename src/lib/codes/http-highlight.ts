/**
 * A tiny tokenizer for HTTP/1.1 messages as written in the examples. It knows the start line,
 * header fields and the body, which is all the highlighting a reader needs; a general purpose
 * highlighter would add kilobytes of inline styles to every page.
 */
import { FIELD_NAME, REQUEST_LINE, STATUS_LINE, whole } from './http-syntax.ts';

export type TokenKind = 'method' | 'target' | 'version' | 'status' | 'reason' | 'name' | 'punct' | 'value' | 'body' | 'log';

export interface Token {
  text: string;
  kind?: TokenKind;
}

const REQUEST = whole(REQUEST_LINE);
const STATUS = whole(STATUS_LINE);
const HEADER = new RegExp(`^(${FIELD_NAME.source})(:)(.*)$`);

/** Splits a message into lines of tokens. Text that fits no rule stays plain. */
export function tokenizeHttp(message: string): Token[][] {
  const lines = message.replace(/\n+$/, '').split('\n');
  let inBody = false;
  let startLine = true;
  return lines.map((line): Token[] => {
    // A blank line ends the header section; an interim 1xx response can be followed by the
    // final one in the same example, so a status line after it starts a new message.
    if (line.trim() === '') {
      inBody = true;
      startLine = true;
      return [{ text: line }];
    }
    const isStart = startLine;
    startLine = false;
    if (inBody && !(isStart && STATUS.test(line))) return [{ text: line, kind: 'body' }];
    inBody = false;
    if (isStart) {
      const req = REQUEST.exec(line);
      if (req) return [tok(req[1], 'method'), tok(' '), tok(req[2], 'target'), tok(' '), tok(req[3], 'version')];
      const res = STATUS.exec(line);
      if (res) return [tok(res[1], 'version'), tok(' '), tok(res[2], 'status'), ...(res[3] ? [tok(res[3], 'reason')] : [])];
    }
    const header = HEADER.exec(line);
    if (header) return [tok(header[1], 'name'), tok(header[2], 'punct'), tok(header[3], 'value')];
    return [{ text: line }];
  });
}

function tok(text: string | undefined, kind?: TokenKind): Token {
  return kind ? { text: text ?? '', kind } : { text: text ?? '' };
}

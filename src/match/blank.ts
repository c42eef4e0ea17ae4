/**
 * Whether a character code is whitespace a reader does not see as text: ASCII blanks and controls,
 * the no-break and ideographic spaces, the byte-order mark, Unicode's other spaces and line
 * separators, and the zero-width space. Plain comparisons: it runs on every character read.
 */
export function isBlank(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

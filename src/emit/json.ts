/**
 * JSON output: one GazetteResult per input, or an array when there are several — the
 * text of `JSON.stringify(value, null, 2)`, whole (`toJson`) or in pieces, a document at a
 * time (`jsonPieces`), so that a writer never holds the whole output of a large input.
 */
import type { GazetteResult } from '../model.js';

/** Pretty JSON with a final newline; an array for several inputs. */
export function toJson(results: readonly GazetteResult[], forceArray = false): string {
  const value = results.length === 1 && !forceArray ? results[0] : results;
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * `JSON.stringify(result, null, 2)` as printed `depth` levels deep inside arrays (depth 1:
 * an element of a top-level array), in pieces: the fields before `documents`, each
 * document (with the `,` and line break before it), and the rest. Joined, the pieces are
 * exactly that text; no final newline. A result is plain data: a field whose value is
 * `undefined` is left out, as JSON.stringify does.
 */
export function* jsonPieces(result: GazetteResult, depth = 0): Generator<string> {
  const fields = Object.entries(result).filter(([, value]) => value !== undefined);
  if (fields.length === 0 || result.documents.length === 0) {
    yield stringifyAt(result, depth);
    return;
  }
  const inner = indent(depth + 1);
  let head = '{';
  for (const [i, [key, value]] of fields.entries()) {
    head += `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
    if (key !== 'documents') {
      head += stringifyAt(value, depth + 1);
      continue;
    }
    // The documents array, one element at a time.
    const item = indent(depth + 2);
    yield `${head}[\n${item}`;
    for (const [n, doc] of result.documents.entries()) yield n === 0 ? stringifyAt(doc, depth + 2) : `,\n${item}${stringifyAt(doc, depth + 2)}`;
    head = `\n${inner}]`;
  }
  yield `${head}\n${indent(depth)}}`;
}

const indent = (depth: number): string => '  '.repeat(depth);

/**
 * `JSON.stringify(value, null, 2)` as printed `depth` levels deep: the value is nested in
 * `depth` one-element arrays and the arrays' own text cut off, so that JSON.stringify
 * itself indents every line.
 */
function stringifyAt(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  let nested = value;
  for (let i = 0; i < depth; i++) nested = [nested];
  // Before the value: `[\n` and the indentation of each level; after it: a line break, the indentation and `]` of each.
  let before = 0;
  let after = 0;
  for (let level = 1; level <= depth; level++) {
    before += 2 + 2 * level;
    after += 2 + 2 * (level - 1);
  }
  return JSON.stringify(nested, null, 2).slice(before, -after);
}

/**
 * Build step (`npm run build`, after tsc): writes the validators of a result's framing and
 * of a document as ajv standalone code to `dist/src/resultValidator.cjs`, so that the CLI
 * does not compile the schema on every run. `validate.ts` uses the file only while its
 * schema hash matches.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { newAjv, schemaHash, STANDALONE_FILE, VALIDATOR_REFS } from './validate.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone/index.js').default as typeof import('ajv/dist/standalone/index.js').default;

/** The standalone validators' CommonJS source (exports `result` and `document`), tagged with the hash of their schema. */
export function standaloneValidatorSource(): string {
  const code = standaloneCode(newAjv({ code: { source: true } }), { ...VALIDATOR_REFS });
  return `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash())};\n`;
}

const target = fileURLToPath(new URL(`./${STANDALONE_FILE}`, import.meta.url));
writeFileSync(target, standaloneValidatorSource());
process.stdout.write(`wrote ${target}\n`);

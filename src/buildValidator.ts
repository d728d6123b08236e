/**
 * Build step (`npm run build`, after tsc): writes the result validator as ajv standalone
 * code to `dist/src/resultValidator.cjs`, so that the CLI does not compile the schema on
 * every run. `validate.ts` uses the file only while its schema hash matches.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { newAjv, RESULT_SCHEMA, schemaHash, STANDALONE_FILE } from './validate.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone/index.js').default as typeof import('ajv/dist/standalone/index.js').default;

/** The standalone validator's CommonJS source, tagged with the hash of its schema. */
export function standaloneValidatorSource(): string {
  const ajv = newAjv({ code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(RESULT_SCHEMA));
  return `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash())};\n`;
}

const target = fileURLToPath(new URL(`./${STANDALONE_FILE}`, import.meta.url));
writeFileSync(target, standaloneValidatorSource());
process.stdout.write(`wrote ${target}\n`);

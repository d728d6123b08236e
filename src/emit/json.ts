/** JSON output: one GazetteResult per input, or an array when there are several. */
import type { GazetteResult } from '../model.js';

/** Pretty JSON with a final newline; an array for several inputs. */
export function toJson(results: readonly GazetteResult[], forceArray = false): string {
  const value = results.length === 1 && !forceArray ? results[0] : results;
  return JSON.stringify(value, null, 2) + '\n';
}

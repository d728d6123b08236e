/**
 * Check reports and their three renderings — `file:line:col severity code message`
 * text, JSON, and GitHub Actions workflow commands (annotations on a pull request).
 * Pure functions over diagnostics; nothing here loads the parser.
 */
import type { Diagnostic, Severity } from '../model.js';

/** How check output is rendered. */
export type CheckFormat = 'text' | 'json' | 'github';

/** The check formats, for `--format`. */
export const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'github'];

/** Options of a check. */
export interface CheckOptions {
  /** Warnings fail the check too. */
  strict?: boolean;
  /** Codes to leave out: a whole code (`table/uncertain-cells`) or a stage prefix (`layout/`). */
  ignore?: readonly string[];
}

/** The findings for one input. */
export interface CheckReport {
  file: string;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  infos: number;
  /** True when the input fails the check: any error, or any warning when strict. */
  failed: boolean;
}

/** A report from a list of diagnostics, leaving out ignored codes. */
export function makeReport(file: string, all: readonly Diagnostic[], options: CheckOptions = {}): CheckReport {
  const ignore = options.ignore ?? [];
  const diagnostics = all.filter((d) => !ignore.some((code) => (code.endsWith('/') ? d.code.startsWith(code) : d.code === code)));
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  return { file, diagnostics, errors, warnings, infos: count('info'), failed: errors > 0 || (options.strict === true && warnings > 0) };
}

/** Check output for several reports in one format. */
export function formatReports(reports: readonly CheckReport[], format: CheckFormat, options: { color?: boolean } = {}): string {
  if (format === 'json') return JSON.stringify(reports.map(jsonReport), null, 2) + '\n';
  return reports.map((r) => (format === 'github' ? githubLines(r) : textLines(r, options.color ?? false))).join('');
}

/** One report's lines in the text format (empty for a clean report). */
export function textLines(report: CheckReport, color = false): string {
  const paint = color ? COLORS : NO_COLORS;
  return report.diagnostics
    .map((d) => `${report.file}:${d.line}:${d.column} ${paint[d.severity](d.severity)} ${d.code} ${d.message}\n`)
    .join('');
}

/** One report's lines as GitHub Actions workflow commands. */
export function githubLines(report: CheckReport): string {
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  return report.diagnostics
    .map(
      (d) =>
        `::${level[d.severity]} file=${escapeProperty(report.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}::${escapeData(d.message)}\n`,
    )
    .join('');
}

function jsonReport(r: CheckReport) {
  return { file: r.file, errors: r.errors, warnings: r.warnings, infos: r.infos, failed: r.failed, diagnostics: r.diagnostics };
}

/** GitHub's escaping for a command's message. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping for a command's property values. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const sgr = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[39m`;
const COLORS: Record<Severity, (s: string) => string> = { error: sgr(31), warning: sgr(33), info: sgr(36) };
const NO_COLORS: Record<Severity, (s: string) => string> = { error: (s) => s, warning: (s) => s, info: (s) => s };

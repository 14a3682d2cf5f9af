import { clip, detach, sourcePath } from '../paths.ts';
import { DETAILS_MAX, MESSAGE_MAX, NAME_MAX, type TestProblem } from './model.ts';

export interface ProblemParts {
  name?: string;
  classname?: string;
  suite?: string;
  /** A location the report states for the failure or the test (failure's file/line attributes first). */
  file?: string;
  line?: number;
  message?: string;
  /** Failure text: a stack trace, an assertion, captured output. */
  text: string;
}

const GENERIC_MESSAGE = /^(fail(ed|ure)?|error)$/i;
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|scala|rb|rs|c|cc|cpp|cxx|h|hpp|cs|fs|vb|swift|php|dart|ex|exs)$/;
// A path with its leading '/' or drive letter kept; bounded repetitions keep the scan linear on hostile text.
const TRACE_LOCATION = /((?:[A-Za-z]:[\\/]|[\\/])?(?:[\w.@~-]{1,200}[\\/]){0,30}[\w.@~-]{1,200}\.[A-Za-z]{1,5}):(\d{1,9})(?::\d+)?/g;

/** A failed or flaky test as the summary, the outputs and the annotations show it. */
export function describeProblem(parts: ProblemParts, reportFile: string): Omit<TestProblem, 'attempts' | 'report'> {
  const where = locate(parts, reportFile);
  // go test's own framing lines (=== RUN, --- FAIL) say nothing; gotestsum's message is just 'Failed'.
  const firstLine = parts.text.split('\n').find((l) => l.trim() !== '' && !/^\s*(=== |--- )/.test(l));
  let message = parts.message?.trim();
  if (message && GENERIC_MESSAGE.test(message) && firstLine) message = undefined;
  return {
    name: detach(clip(parts.name || '(unnamed test)', NAME_MAX)),
    ...(parts.classname ? { classname: detach(clip(parts.classname, NAME_MAX)) } : {}),
    ...(parts.suite ? { suite: detach(clip(parts.suite, NAME_MAX)) } : {}),
    ...where,
    message: detach(clip((message || firstLine || 'failed').trim(), MESSAGE_MAX)),
    ...(parts.text.trim() ? { details: detach(clip(parts.text.trim(), DETAILS_MAX)) } : {}),
  };
}

/**
 * Where a failing test points: a location the report states for the failure, else the file from the test
 * (file attribute, or a class name that is a path as vitest writes it) with the line from the failure text
 * when it names that file (the assertion's line, better than the test's start), else the test's line.
 */
function locate(parts: ProblemParts, reportFile: string): { file?: string; line?: number } {
  const classAsFile = parts.classname && SOURCE_FILE.test(parts.classname) && /[\\/]/.test(parts.classname) ? parts.classname : undefined;
  let file = parts.file || classAsFile;
  let line: number | undefined;
  const base = file ? basename(file) : undefined;
  for (const match of parts.text.matchAll(TRACE_LOCATION)) {
    const [, candidate = '', lineText = ''] = match;
    if (!SOURCE_FILE.test(candidate) || candidate.includes('node_modules')) continue;
    if (base && basename(candidate) !== base) continue;
    file ??= candidate;
    line = Number(lineText);
    break;
  }
  if (line === undefined && parts.line && parts.line > 0) line = parts.line;
  return { ...(file ? { file: shownPath(file, reportFile) } : {}), ...(line ? { line } : {}) };
}

/** A Windows path from another machine is shown as written (with '/'), never resolved against this one. */
function shownPath(file: string, reportFile: string): string {
  if (/^[A-Za-z]:[\\/]/.test(file) || file.startsWith('\\\\')) return file.replaceAll('\\', '/');
  return sourcePath(file, reportFile);
}

function basename(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

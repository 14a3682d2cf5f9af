import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../runner/errors.ts';
import schema from './hardware-sim-result.schema.json' with { type: 'json' };

/**
 * What hardware-sim writes and quality-gate and notify read: the verdict of a run over one or more boards,
 * each with its steps (status and seconds since the board started), the time to its first UART byte and
 * the last serial lines. hardware-sim-result.schema.json beside this file is the same contract as a JSON
 * schema.
 */
export const HARDWARE_SIM_RESULT_FORMAT = 'archway-hardware-sim-result/v1';

export type HardwareSimOutcome = 'passed' | 'failed' | 'timeout' | 'error';

export interface HardwareSimStep {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** How long the step took. */
  seconds: number;
  /** Why it failed (or what it saw). */
  message?: string;
}

export interface HardwareSimBoard {
  board: string;
  result: HardwareSimOutcome;
  steps: HardwareSimStep[];
  /** Milliseconds from the board's start to its first serial byte; absent when none came. */
  firstByteMs?: number;
  /** The last lines of the board's serial output (what explains a failure). */
  lastLines: string[];
}

export interface HardwareSimResult {
  format: typeof HARDWARE_SIM_RESULT_FORMAT;
  /** The worst of the boards' results (error > timeout > failed > passed). */
  result: HardwareSimOutcome;
  boards: HardwareSimBoard[];
}

/** hardware-sim-result.schema.json, for validate(). */
export const hardwareSimResultSchema: Record<string, unknown> = schema;

const SEVERITY: HardwareSimOutcome[] = ['passed', 'failed', 'timeout', 'error'];

/** The overall result of several boards: the worst one. */
export function worstOutcome(outcomes: readonly HardwareSimOutcome[]): HardwareSimOutcome {
  return outcomes.reduce<HardwareSimOutcome>((worst, o) => (SEVERITY.indexOf(o) > SEVERITY.indexOf(worst) ? o : worst), 'passed');
}

/** Parse and validate a hardware-sim result file; a ConfigurationError names the file and what is wrong. */
export async function readHardwareSimResult(file: string): Promise<HardwareSimResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the hardware-sim result ${file}: ${errorMessage(error)}`);
  }
  return parseHardwareSimResult(text, file);
}

export async function parseHardwareSimResult(text: string, label: string): Promise<HardwareSimResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The hardware-sim result ${label} is not JSON: ${errorMessage(error)}`);
  }
  const { validate } = await import('../readers/structured.ts');
  return validate<HardwareSimResult>(value, hardwareSimResultSchema, `The hardware-sim result ${label}`);
}

/** True when a parsed JSON document says it is a hardware-sim result (its format field), before validating it. */
export function isHardwareSimResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === HARDWARE_SIM_RESULT_FORMAT;
}

/** Validate and write a result file (pretty JSON, creating its folder); returns the path written. */
export async function writeHardwareSimResult(file: string, result: HardwareSimResult): Promise<string> {
  const { validate } = await import('../readers/structured.ts');
  await validate<HardwareSimResult>(structuredClone(result), hardwareSimResultSchema, 'The hardware-sim result being written');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

import { ConfigurationError, inputError } from '@archway/kit';
import { parsePattern, type TextPattern } from '@archway/kit/console-watch';
import { type Board, findBoard, supports } from './boards.ts';
import type { FaultSpec } from './faults.ts';
import { DIAGRAM_STEPS, loadScenario, PIN_STEPS, type Step } from './scenario.ts';

export interface Plan {
  boards: Board[];
  scenarioName: string;
  steps: Step[];
  failText: TextPattern[];
  faults: FaultSpec;
}

interface Given {
  board: string;
  boards: string[];
  scenario: string;
  expectText: string;
  failText: string[];
  mqtt: string;
  run?: string[];
  faults?: FaultSpec;
}

/** What to run where: the boards, the steps (scenario, then expect-text, then run), checked against each board. */
export async function makePlan(given: Given): Promise<Plan> {
  if (given.board && given.boards.length > 0) throw inputError('boards', given.boards.join(', '), 'give either board or boards, not both');
  const names = given.board ? [given.board] : given.boards;
  if (names.length === 0) throw inputError('board', '', 'a board is required (or a list in boards)');
  const boards = names.map((name) => findBoard(name, given.board ? 'board' : 'boards'));
  const scenario = given.scenario ? await loadScenario(given.scenario) : undefined;
  const steps: Step[] = [...(scenario?.steps ?? [])];
  if (given.expectText)
    steps.push({ kind: 'expect-text', name: `expect-text: ${given.expectText}`, pattern: parsePattern(given.expectText, 'expect-text') });
  if (given.run) steps.push({ kind: 'run', name: `run: ${given.run.join(' ')}`, argv: given.run });
  const failText = given.failText.map((text) => parsePattern(text, 'fail-text'));
  const faults: FaultSpec = { seed: 1, ...given.faults };
  for (const board of boards) checkSteps(steps, board, given.mqtt);
  if (faults.disconnect) {
    const real = boards.find((b) => b.kind !== 'virtual');
    if (real)
      throw new ConfigurationError(
        `Input 'faults' has disconnect: only a virtual device's port can be unplugged, and ${real.id} is an emulated board`,
      );
  }
  return { boards, scenarioName: scenario?.name ?? 'hardware-sim', steps, failText, faults };
}

/** A step the board cannot carry out is one clear error before anything starts. */
export function checkSteps(steps: Step[], board: Board, mqtt: string): void {
  steps.forEach((step, i) => {
    const where = `Input 'scenario' steps[${i}] (${step.kind})`;
    if (DIAGRAM_STEPS.includes(step.kind)) {
      throw new ConfigurationError(
        `${where} is not supported on board ${board.id}: it drives a part of a Wokwi diagram, and boards here have no diagram parts (use set-pin / expect-pin on rp2040)`,
      );
    }
    if (PIN_STEPS.includes(step.kind) && !supports(board, 'pins')) {
      throw new ConfigurationError(
        `${where} is not supported on board ${board.id}: it observes ${board.observes.join(' and ')} only; pins are observable on rp2040 (in-process emulator)`,
      );
    }
    if ((step.kind === 'expect-mqtt' || step.kind === 'publish-mqtt') && mqtt === 'none') {
      throw new ConfigurationError(`${where} needs MQTT: set the mqtt input to embedded or a broker URL`);
    }
  });
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface HarnessAnnotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ParsedCommands {
  annotations: HarnessAnnotation[];
  debug: string[];
  masks: string[];
  groups: string[];
  /** The log as a person sees it on GitHub: command lines removed, masked values replaced by ***. */
  log: string[];
  /** Masked values that were printed before they were masked. */
  leaks: string[];
}

// The command is any word: the runner resumes after `::stop-commands::<token>` on `::<token>::`, and
// tokens are often UUIDs.
const COMMAND = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/;

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseProperties(text: string | undefined): Record<string, string> {
  const props: Record<string, string> = {};
  if (!text) return props;
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) props[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
  }
  return props;
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Read stdout as the runner does: workflow commands, stop-commands, masking. */
export function parseWorkflowCommands(stdout: string, knownSecrets: readonly string[] = []): ParsedCommands {
  const result: ParsedCommands = { annotations: [], debug: [], masks: [], groups: [], log: [], leaks: [] };
  let stopToken: string | undefined;
  const mask = (line: string) => result.masks.reduce((l, m) => (m ? l.split(m).join('***') : l), line);
  const checkLeak = (line: string) => {
    for (const secret of knownSecrets) {
      if (secret && line.includes(secret) && !result.masks.includes(secret) && !result.leaks.includes(secret)) {
        result.leaks.push(secret);
      }
    }
  };
  for (const line of stdout.split(/\r?\n/)) {
    const match = COMMAND.exec(line);
    if (!(match?.[1] === 'add-mask' && stopToken === undefined)) checkLeak(line);
    if (!match) {
      result.log.push(mask(line));
      continue;
    }
    const [, command = '', propText, data = ''] = match;
    if (stopToken !== undefined) {
      if (command === stopToken) stopToken = undefined;
      else result.log.push(mask(line));
      continue;
    }
    const message = unescapeData(data);
    switch (command) {
      case 'add-mask':
        result.masks.push(message);
        break;
      case 'stop-commands':
        stopToken = message;
        break;
      case 'debug':
        result.debug.push(mask(message));
        break;
      case 'group':
        result.groups.push(message);
        result.log.push(mask(message));
        break;
      case 'endgroup':
        break;
      case 'error':
      case 'warning':
      case 'notice': {
        const p = parseProperties(propText);
        result.annotations.push({
          level: command,
          message: mask(message),
          file: p.file,
          line: toNumber(p.line),
          endLine: toNumber(p.endLine),
          col: toNumber(p.col),
          endColumn: toNumber(p.endColumn),
          title: p.title,
        });
        result.log.push(mask(`${command === 'error' ? 'Error' : command === 'warning' ? 'Warning' : 'Notice'}: ${message}`));
        break;
      }
      default:
        result.log.push(mask(line));
    }
  }
  return result;
}

/**
 * Parse a file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) the way the runner does:
 * `NAME=VALUE` lines and `NAME<<DELIMITER` ... `DELIMITER` blocks.
 */
export function parseFileCommand(content: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new Error(`Invalid format '${line}'`);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i] ?? '');
      }
      if (!closed) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
      result[name] = value.join('\n');
    } else if (equals > 0) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return result;
}

/** GITHUB_PATH: one directory per line. */
export function parsePathFile(content: string): string[] {
  return content.split(/\r?\n/).filter((line) => line.trim() !== '');
}

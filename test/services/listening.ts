import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * The TCP ports this process listens on (Linux /proc), to prove that stopping the services leaves
 * nothing listening.
 */
export function listeningPorts(): number[] {
  const ownSockets = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) ownSockets.add(inode);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      const [local, state, inode] = [columns[1], columns[3], columns[9]];
      if (state === '0A' && inode && ownSockets.has(inode)) ports.push(Number.parseInt(local?.split(':')[1] ?? '0', 16));
    }
  }
  return ports.sort((a, b) => a - b);
}

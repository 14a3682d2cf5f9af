/**
 * dpkg's status database as text: stanzas of `Field: value` lines (continuations start with a space),
 * separated by blank lines. The same format as `dpkg-query --status` prints and /var/lib/dpkg/status holds.
 */
export interface Stanza {
  /** The stanza as written, without the separating blank line. */
  text: string;
  fields: Map<string, string>;
}

export function parseStanzas(text: string): Stanza[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.length > 0)
    .map((block) => ({ text: block, fields: parseFields(block) }));
}

function parseFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | undefined;
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && current) {
      fields.set(current, `${fields.get(current)}\n${line.slice(1)}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    current = line.slice(0, colon);
    fields.set(current, line.slice(colon + 1).trim());
  }
  return fields;
}

/** dpkg's identity of a package instance: name:arch (arch `all` included), unambiguous under multiarch. */
export function identity(stanza: Stanza): string {
  return `${stanza.fields.get('Package')}:${stanza.fields.get('Architecture')}`;
}

/** The third word of Status: installed, unpacked, half-configured, config-files, not-installed, ... */
export function state(stanza: Stanza): string {
  return (stanza.fields.get('Status') ?? '').split(' ')[2] ?? 'not-installed';
}

/**
 * The stanza of a package that is unpacked but not configured yet, as dpkg leaves it after `--unpack` of a
 * fresh install: `dpkg --configure` then runs its postinst and marks it installed. Config-Version is the
 * version last configured, which a fresh install does not have.
 */
export function asUnpacked(stanza: Stanza): string {
  return stanza.text
    .split('\n')
    .filter((line) => !line.startsWith('Config-Version:'))
    .map((line) => (line.startsWith('Status:') ? 'Status: install ok unpacked' : line))
    .join('\n');
}

/**
 * The status database with `added` in it: a stanza of the same package instance that records no
 * installation (not-installed, kept for its selection) is replaced; anything installed is left to the caller
 * to refuse before. Stanzas keep dpkg's order (sorted by name, then architecture) only loosely: dpkg reads
 * them in any order and sorts on its next write.
 */
export function withPackages(status: string, added: readonly string[]): string {
  const replaced = new Set(added.map((text) => identity({ text, fields: parseFields(text) })));
  const kept = parseStanzas(status).filter((s) => !replaced.has(identity(s)));
  return `${[...kept.map((s) => s.text), ...added].join('\n\n')}\n`;
}

/** Package names a stanza's Depends and Pre-Depends name (every alternative; arch qualifiers dropped). */
export function dependencyNames(stanza: Stanza): string[] {
  const relations = [stanza.fields.get('Pre-Depends'), stanza.fields.get('Depends')].filter((v): v is string => Boolean(v));
  return [
    ...new Set(
      relations
        .flatMap((field) => field.split(/[,|]/))
        .map((relation) => relation.trim().split(/[\s(:]/, 1)[0] as string)
        .filter(Boolean),
    ),
  ];
}

/** Names a stanza's Provides offers (virtual packages), versions dropped. */
export function providedNames(stanza: Stanza): string[] {
  return (stanza.fields.get('Provides') ?? '')
    .split(',')
    .map((p) => p.trim().split(/[\s(:]/, 1)[0] as string)
    .filter(Boolean);
}

/** The conffiles of a stanza with the md5sum dpkg recorded for each (`obsolete` ones left out). */
export function conffiles(stanza: Stanza): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of (stanza.fields.get('Conffiles') ?? '').split('\n')) {
    const [file, hash, flag] = line.trim().split(/\s+/);
    if (file?.startsWith('/') && hash && flag !== 'obsolete') result.set(file, hash);
  }
  return result;
}

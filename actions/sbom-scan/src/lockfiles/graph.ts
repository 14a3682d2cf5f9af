/** Everything reachable from `starts` through `edges` (for "only needed by dev dependencies"). */
export function reachable(starts: Iterable<string>, edges: (node: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const next of edges(node)) if (!seen.has(next)) stack.push(next);
  }
  return seen;
}

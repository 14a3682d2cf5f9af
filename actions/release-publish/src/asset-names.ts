/**
 * The name GitHub gives an uploaded file: it keeps letters, digits and - _ . + @, turns anything else
 * into a period and drops leading and trailing periods. Names are compared after this, as GitHub does.
 */
export function githubAssetName(name: string): string {
  const renamed = name.replace(/[^A-Za-z0-9._+@-]/g, '.').replace(/^\.+|\.+$/g, '');
  return renamed === '' ? 'default' : renamed;
}

/** The archive's base name from the template: {name}, {version}, {tag} and {target} replaced. */
export function archiveBaseName(template: string, values: { name: string; version: string; tag: string; target: string }): string {
  return template
    .replace(/\{(name|version|tag|target)\}/g, (_, key: keyof typeof values) => values[key])
    .replace(/-+$/, '')
    .replace(/--+/g, '-');
}

export function contentTypeOf(name: string): string {
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return 'application/gzip';
  if (name.endsWith('.zip')) return 'application/zip';
  if (/\.(json|cdx\.json|spdx\.json)$/.test(name)) return 'application/json';
  if (/\.(txt|md)$/.test(name) || /SUMS$/.test(name)) return 'text/plain';
  return 'application/octet-stream';
}

import { randomUUID } from 'node:crypto';
import type { Component } from '../model.ts';
import { assertValid } from '../schemas/validate.ts';
import { contentUuid, directComponents, type SbomContext } from './project.ts';

/** Splits what CycloneDX calls group from the name: npm scopes, Maven groups, Packagist vendors. */
function groupAndName(c: Component): [string | undefined, string] {
  const separator =
    c.ecosystem === 'Maven' ? ':' : c.ecosystem === 'npm' && c.name.startsWith('@') ? '/' : c.ecosystem === 'Packagist' ? '/' : undefined;
  const at = separator ? c.name.lastIndexOf(separator) : -1;
  return at > 0 ? [c.name.slice(0, at), c.name.slice(at + 1)] : [undefined, c.name];
}

/**
 * CycloneDX 1.6 JSON through @cyclonedx/cyclonedx-library: components with purl, hashes, licence and
 * scope (dev = optional), the dependency graph from the project root, sorted, validated against the
 * official schema before it is returned.
 */
export async function cycloneDxJson(components: Component[], context: SbomContext): Promise<string> {
  // Sub-path entries: the package's main entry also loads its validators, which locate schema files
  // beside themselves and cannot in a bundle (the schemas are checked in schemas/validate.ts instead).
  const [Enums, Models, Serialize, Spec] = await Promise.all([
    import('@cyclonedx/cyclonedx-library/Enums'),
    import('@cyclonedx/cyclonedx-library/Models'),
    import('@cyclonedx/cyclonedx-library/Serialize'),
    import('@cyclonedx/cyclonedx-library/Spec'),
  ]);
  const { isValidExpression, isSingleLicense } = await import('../policy/spdx.ts');

  const bom = new Models.Bom();
  bom.serialNumber = `urn:uuid:${context.randomSerial ? randomUUID() : contentUuid(components, context.name)}`;
  bom.metadata.timestamp = new Date(context.created);
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'sbom-scan', { group: 'archway', version: context.toolVersion }),
  );
  const root = new Models.Component(Enums.ComponentType.Application, context.name, { bomRef: 'project-root' });
  bom.metadata.component = root;

  const models = new Map<string, InstanceType<typeof Models.Component>>();
  for (const c of components) {
    const [group, name] = groupAndName(c);
    const licenses = new Models.LicenseRepository();
    if (c.license) {
      if (isSingleLicense(c.license)) licenses.add(new Models.SpdxLicense(c.license));
      else if (isValidExpression(c.license)) licenses.add(new Models.LicenseExpression(c.license));
      else licenses.add(new Models.NamedLicense(c.license));
    }
    const model = new Models.Component(Enums.ComponentType.Library, name, {
      bomRef: c.purl,
      group,
      version: c.version,
      purl: c.purl,
      scope: c.dev ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required,
      hashes: new Models.HashDictionary(c.hashes.map((h) => [h.alg as never, h.content])),
      licenses,
    });
    if (c.pinnedByTag) model.properties.add(new Models.Property('archway:pinned-by-tag', 'true'));
    model.properties.add(new Models.Property('archway:lockfile', c.lockfile));
    models.set(c.purl, model);
    bom.components.add(model);
  }
  for (const c of components) {
    const model = models.get(c.purl) as InstanceType<typeof Models.Component>;
    for (const dep of c.dependsOn) {
      const target = models.get(dep);
      if (target) model.dependencies.add(target.bomRef);
    }
  }
  for (const c of directComponents(components)) root.dependencies.add((models.get(c.purl) as InstanceType<typeof Models.Component>).bomRef);

  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  const json = serializer.serialize(bom, { sortLists: true, space: 2 });
  await assertValid('CycloneDX 1.6', JSON.parse(json));
  return `${json}\n`;
}

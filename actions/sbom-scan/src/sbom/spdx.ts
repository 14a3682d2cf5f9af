import { createHash, randomUUID } from 'node:crypto';
import type { Component } from '../model.ts';
import { assertValid } from '../schemas/validate.ts';
import { contentUuid, directComponents, type SbomContext } from './project.ts';

const CHECKSUM: Record<string, string> = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-384': 'SHA384', 'SHA-512': 'SHA512', MD5: 'MD5' };

function spdxId(c: Component): string {
  const readable = `${c.name}-${c.version}`.replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 80);
  return `SPDXRef-Package-${readable}-${createHash('sha256').update(c.purl).digest('hex').slice(0, 8)}`;
}

/**
 * SPDX 2.3 JSON: one package per component with its purl as a PACKAGE-MANAGER reference, checksums,
 * the declared licence (NOASSERTION when unknown), DEPENDS_ON / DEV_DEPENDENCY_OF relationships from
 * the project root; sorted and validated against the official schema before it is returned.
 */
export async function spdxJson(components: Component[], context: SbomContext): Promise<string> {
  const { isValidExpression } = await import('../policy/spdx.ts');
  const ids = new Map(components.map((c) => [c.purl, spdxId(c)]));
  const rootId = 'SPDXRef-Package-project-root';
  const packages = [
    {
      SPDXID: rootId,
      name: context.name,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: 'APPLICATION',
    },
    ...components.map((c) => ({
      SPDXID: ids.get(c.purl) as string,
      name: c.name,
      versionInfo: c.version,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: c.license && isValidExpression(c.license) ? c.license : 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: c.ecosystem === 'GitHub Actions' ? 'APPLICATION' : 'LIBRARY',
      ...(c.hashes.length > 0 ? { checksums: c.hashes.map((h) => ({ algorithm: CHECKSUM[h.alg], checksumValue: h.content })) } : {}),
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
    })),
  ];
  const relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId },
  ];
  for (const c of directComponents(components)) {
    relationships.push(
      c.dev
        ? { spdxElementId: ids.get(c.purl) as string, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: rootId }
        : { spdxElementId: rootId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(c.purl) as string },
    );
  }
  for (const c of components) {
    for (const dep of c.dependsOn) {
      const target = ids.get(dep);
      if (target)
        relationships.push({ spdxElementId: ids.get(c.purl) as string, relationshipType: 'DEPENDS_ON', relatedSpdxElement: target });
    }
  }
  const key = (r: (typeof relationships)[number]) => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`;
  relationships.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const uuid = context.randomSerial ? randomUUID() : contentUuid(components, context.name);
  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: context.name,
    documentNamespace: `https://archway-ci.github.io/spdxdocs/${encodeURIComponent(context.name)}-${uuid}`,
    creationInfo: { created: context.created.replace(/\.\d{3}Z$/, 'Z'), creators: [`Tool: archway-sbom-scan-${context.toolVersion}`] },
    documentDescribes: [rootId],
    packages: packages.sort((a, b) => (a.SPDXID === rootId ? -1 : b.SPDXID === rootId ? 1 : a.SPDXID < b.SPDXID ? -1 : 1)),
    relationships,
  };
  await assertValid('SPDX 2.3', document);
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const id = 162;
export const ids = [162];
export const modules = {

/***/ 45162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38586);

const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };
/** The job summary: verdict, severity table, findings, licences (table and mermaid pie), secrets, pinning. */
function renderSummary(input) {
    const { result, findings, secrets, components } = input;
    const parts = [];
    parts.push(`## ${result.passed ? '✅' : '❌'} Supply chain: ${result.sbom.components} components in ${input.lockfiles.length} lockfiles`);
    const counts = result.vulnerabilities.counts;
    parts.push((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Severity', 'Vulnerabilities'], ['critical', 'high', 'medium', 'low', 'unknown'].map((s) => [`${ICON[s]} ${s}`, counts[s]])));
    if (findings.length > 0) {
        parts.push((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Advisory', 'Package', 'Version', 'Severity', 'Fixed in', 'Lockfile'], findings.map((f) => [
            `[${f.id}](${f.url})${f.aliases.length > 0 ? ` (${f.aliases.join(', ')})` : ''}`,
            `${f.package} (${f.ecosystem})`,
            f.version,
            `${ICON[f.severity]} ${f.severity}${f.score !== undefined ? ` ${f.score}` : ''}${f.ignored ? ' (ignored)' : ''}`,
            f.fixed.join(', ') || '—',
            `${f.component.lockfile}${f.component.line ? `:${f.component.line}` : ''}`,
        ])));
    }
    parts.push(`Fails on: ${input.failOn}.`);
    const licenseCounts = Object.entries(result.licenses.counts).sort((a, b) => b[1] - a[1]);
    parts.push('### Licences');
    parts.push((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Licence', 'Components'], licenseCounts));
    parts.push(['```mermaid', 'pie title Licences', ...licenseCounts.slice(0, 12).map(([l, n]) => `    "${l.replace(/"/g, "'")}" : ${n}`), '```'].join('\n'));
    if (result.licenses.violations.length > 0) {
        parts.push((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Package', 'Version', 'Licence', 'Why'], result.licenses.violations.map((v) => [v.package, v.version, v.license || '—', v.reason])));
    }
    else if (input.unknownLicenses > 0) {
        parts.push(`${input.unknownLicenses} components declare no SPDX licence in their lockfile (unknown-licenses: warn).`);
    }
    parts.push(`### Secrets: ${secrets.length}`);
    if (secrets.length > 0)
        parts.push((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Rule', 'File', 'Line', 'Value'], secrets.map((s) => [s.rule, s.file, s.line, s.masked])));
    const byTag = components.filter((c) => c.pinnedByTag);
    if (byTag.length > 0) {
        parts.push('### Actions pinned by tag instead of a commit SHA');
        parts.push((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Action', 'Ref', 'Workflow'], byTag.map((c) => [c.name, c.version, `${c.lockfile}:${c.line}`])));
    }
    return `${parts.join('\n\n')}\n`;
}


/***/ })

};

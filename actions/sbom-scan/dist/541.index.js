export const id = 541;
export const ids = [541];
export const modules = {

/***/ 61541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   queryOsv: () => (/* binding */ queryOsv)
/* harmony export */ });
/* unused harmony export BATCH_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97768);
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38586);


/** The OSV API takes at most 1000 queries per querybatch request. */
const BATCH_LIMIT = 1000;
const DETAIL_CONCURRENCY = 8;
function queryOf(c, pageToken) {
    // OSV spells Go versions without the leading v.
    const version = c.ecosystem === 'Go' ? c.version.replace(/^v/, '') : c.version;
    return { package: { name: c.name, ecosystem: c.ecosystem }, version, ...(pageToken ? { page_token: pageToken } : {}) };
}
async function call(base, path, init) {
    let response;
    try {
        response = await (0,_archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithRetry */ .J5)(`${base}${path}`, {
            ...init,
            headers: { 'content-type': 'application/json', 'user-agent': 'archway-sbom-scan' },
        });
    }
    catch (error) {
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'osv-url': cannot reach the OSV API at ${base} (${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); give a reachable URL or an offline export in osv-db`);
    }
    if (!response.ok) {
        const text = (await response.text()).slice(0, 200);
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'osv-url': the OSV API at ${base} answered ${response.status} to ${init.method ?? 'GET'} ${path.replace(/\?.*/, '')}: ${text}`);
    }
    return (await response.json());
}
/** Run `work` over items with at most `limit` at once. */
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    }));
    return results;
}
/**
 * Ask the OSV API which advisories affect each component: querybatch in chunks of 1000, following
 * next_page_token for queries with more results, then the full records from /v1/vulns/{id}.
 * Returns the records per component purl.
 */
async function queryOsv(base, components) {
    const url = base.replace(/\/+$/, '');
    const ids = new Map(components.map((c) => [c.purl, new Set()]));
    let pending = components.map((c) => ({ c, token: undefined }));
    while (pending.length > 0) {
        const next = [];
        for (let i = 0; i < pending.length; i += BATCH_LIMIT) {
            const chunk = pending.slice(i, i + BATCH_LIMIT);
            const answer = await call(url, '/v1/querybatch', {
                method: 'POST',
                body: JSON.stringify({ queries: chunk.map(({ c, token }) => queryOf(c, token)) }),
            });
            chunk.forEach(({ c }, index) => {
                const result = answer.results?.[index];
                for (const v of result?.vulns ?? [])
                    ids.get(c.purl)?.add(v.id);
                if (result?.next_page_token)
                    next.push({ c, token: result.next_page_token });
            });
        }
        pending = next;
    }
    const unique = [...new Set([...ids.values()].flatMap((s) => [...s]))].sort();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`OSV: ${unique.length} advisories for ${components.length} packages; fetching their records`);
    const records = await pool(unique, DETAIL_CONCURRENCY, (id) => call(url, `/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }));
    const byId = new Map(records.map((r) => [r.id, r]));
    return new Map([...ids].map(([purl, set]) => [purl, [...set].map((id) => byId.get(id)).filter((r) => r !== undefined)]));
}


/***/ })

};

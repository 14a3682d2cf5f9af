export const id = 235;
export const ids = [235];
export const modules = {

/***/ 6235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  groupUrl: () => (/* binding */ groupUrl),
  sendPushgateway: () => (/* binding */ sendPushgateway)
});

// EXTERNAL MODULE: ./src/delivery/attempts.ts
var attempts = __webpack_require__(1092);
;// CONCATENATED MODULE: ./src/channels/metrics.ts
/**
 * The results as gauges in the Prometheus text exposition format (what the Pushgateway parses): the run's
 * status and duration, gate conditions, tests, coverage, benchmark values, vulnerability counts, boot times.
 */
function metricsOf(status, durationSeconds, results, now = Date.now()) {
    const families = [];
    const add = (name, help, samples) => {
        if (samples.length > 0)
            families.push({ name: `archway_${name}`, help, samples });
    };
    const one = (value, labels = {}) => ({ labels, value });
    add('run_status', 'The status of the run (1 for the current one).', [one(1, { status })]);
    add('run_success', '1 when the run succeeded, else 0.', [one(status === 'success' ? 1 : 0)]);
    add('run_timestamp_seconds', 'When the metrics were pushed.', [one(Math.round(now / 1000))]);
    if (durationSeconds !== null)
        add('run_duration_seconds', 'Time from the start of the run to the notification.', [one(durationSeconds)]);
    const gates = results.gates;
    add('gate_passed', '1 when the quality gate passed.', gates.map((g) => one(g.passed ? 1 : 0)));
    const conditions = gates.flatMap((g) => g.conditions.filter((c) => c.value !== undefined));
    add('gate_condition_value', 'The measured value of each gate condition.', conditions.map((c) => one(c.value, { condition: c.id })));
    add('gate_condition_threshold', 'The threshold of each gate condition.', conditions.map((c) => one(c.threshold, { condition: c.id })));
    add('gate_condition_ok', '1 when the condition passed (or only warned).', conditions.map((c) => one(c.verdict === 'fail' ? 0 : 1, { condition: c.id })));
    add('tests', 'Test counts by result.', gates.flatMap((g) => g.tests ? ['passed', 'failed', 'skipped', 'flaky'].map((r) => one(g.tests?.[r] ?? 0, { result: r })) : []));
    add('coverage_percent', 'Coverage in percent by kind.', gates.flatMap((g) => [
        ...(g.coverage?.line !== undefined ? [one(g.coverage.line, { kind: 'line' })] : []),
        ...(g.coverage?.branch !== undefined ? [one(g.coverage.branch, { kind: 'branch' })] : []),
    ]));
    const benchmarks = results.benchmarks.flatMap((r) => r.benchmarks);
    add('benchmark_value', 'The current value of each benchmark in its unit.', benchmarks.map((b) => one(b.current, { benchmark: b.name, unit: b.unit })));
    add('benchmark_change_percent', 'Change against the baseline in percent, positive is worse.', benchmarks.filter((b) => b.change !== undefined).map((b) => one(b.change, { benchmark: b.name })));
    add('benchmark_regressions', 'Benchmarks judged as regressed.', results.benchmarks.map((r) => one(r.regressions)));
    add('vulnerabilities', 'Known vulnerabilities by severity (ignored ones excluded).', results.sboms.flatMap((s) => Object.entries(s.vulnerabilities).map(([severity, n]) => one(n, { severity }))));
    add('license_violations', 'Components whose licence breaks the policy.', results.sboms.map((s) => one(s.licenseViolations)));
    add('secrets_found', 'Secrets found in the sources.', results.sboms.map((s) => one(s.secrets)));
    add('sbom_components', 'Components in the SBOM.', results.sboms.map((s) => one(s.components)));
    add('boot_milestone_seconds', 'Seconds from power-on to each boot milestone.', results.boots.flatMap((b) => b.milestones.map((m) => one(m.seconds, { arch: b.arch, machine: b.machine, milestone: m.name }))));
    add('boot_total_seconds', 'Seconds of the whole boot test.', results.boots.map((b) => one(b.totalSeconds, { arch: b.arch, machine: b.machine })));
    add('hardware_sim_boards', 'Simulated boards by result.', results.hardware.flatMap((h) => h.boards.map((b) => one(1, { board: b.board, result: b.result }))));
    return families;
}
function escapeLabel(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** Text format 0.0.4: HELP and TYPE lines, then one line per sample. */
function exposition(families) {
    const lines = [];
    for (const family of families) {
        lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} gauge`);
        for (const sample of family.samples) {
            const labels = Object.entries(sample.labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
            lines.push(`${family.name}${labels.length > 0 ? `{${labels.join(',')}}` : ''} ${sample.value}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/channels/pushgateway.ts


/** A grouping key segment; base64url (the `@base64` form) keeps slashes in branch names intact. */
function segment(name, value) {
    return `${encodeURIComponent(name)}@base64/${Buffer.from(value).toString('base64url') || '='}`;
}
/** The group's URL: job, then repository and branch, then the channel's own labels. */
function groupUrl(channel, repository, branch) {
    const labels = { repository, branch, ...channel.labels };
    return `${channel.url}/metrics/${segment('job', channel.job)}/${Object.entries(labels)
        .map(([k, v]) => segment(k, v))
        .join('/')}`;
}
/** PUT replaces the whole group, so a repeat changes nothing: retried on any transient failure. */
async function sendPushgateway(channel, message, results, repository, branch) {
    const body = exposition(metricsOf(message.view.status, message.view.durationSeconds, results));
    const policy = { ...attempts/* DEFAULT_POLICY */.zj, idempotent: true };
    const result = await (0,attempts/* withAttempts */.dP)(() => (0,attempts/* request */.Em)(groupUrl(channel, repository, branch), {
        method: 'PUT',
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body,
    }), policy);
    if (result.error || !result.value)
        throw Object.assign(result.error ?? new Error('no answer'), { attempts: result.attempts, status: result.status });
    return { attempts: result.attempts, status: result.value.status };
}


/***/ }),

/***/ 1092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ NotAccepted),
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   Lw: () => (/* binding */ Refused),
/* harmony export */   dP: () => (/* binding */ withAttempts),
/* harmony export */   w5: () => (/* binding */ Uncertain),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony export waitOf */
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6393);

/** The channel refused or could not take the message, in a way that proves nothing was posted: safe to try again. */
class NotAccepted extends Error {
    status;
    waitMs;
    constructor(message, status, 
    /** How long the service asked us to wait. */
    waitMs) {
        super(message);
        this.status = status;
        this.waitMs = waitMs;
    }
}
/** The message may or may not have been posted (a reset after sending, a 500): retried only where the channel dedupes. */
class Uncertain extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The channel said no for good (a bad payload, a revoked webhook): never retried. */
class Refused extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const DEFAULT_POLICY = { attempts: 4, baseDelayMs: 500, maxWaitMs: 30_000, idempotent: false };
/**
 * Call `send` until it succeeds, retrying only after a failure that proves nothing was accepted (or any
 * transient failure when the channel is idempotent), waiting what the service asked for.
 */
async function withAttempts(send, policy = DEFAULT_POLICY) {
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await send(attempt), attempts: attempt };
        }
        catch (error) {
            const status = error.status;
            const retryable = error instanceof NotAccepted || (error instanceof Uncertain && policy.idempotent);
            const wait = error instanceof NotAccepted && error.waitMs !== undefined ? error.waitMs : policy.baseDelayMs * 2 ** (attempt - 1);
            if (!retryable || attempt >= policy.attempts) {
                const note = error instanceof Uncertain && !policy.idempotent
                    ? ' (not retried: the channel may have taken it, and a retry could post it twice)'
                    : '';
                return { error: new Error((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)) + note), attempts: attempt, ...(status ? { status } : {}) };
            }
            if (wait > policy.maxWaitMs) {
                return {
                    error: new Error(`${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)((0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error))}; the service asked to wait ${Math.ceil(wait / 1000)} s, more than ${policy.maxWaitMs / 1000} s`),
                    attempts: attempt,
                    ...(status ? { status } : {}),
                };
            }
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
}
/** Network errors that happen before a request is sent. */
const BEFORE_SENDING = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
/** Gateways that answer for a service that did not get the request. */
const GATEWAY = new Set([502, 503, 504]);
/**
 * One HTTP request, classified: a 2xx answer is returned; 429 and gateway errors are NotAccepted (with the
 * wait the service asked for), a 5xx or a connection lost after sending is Uncertain, other answers Refused.
 */
async function request(url, init, describe = describeAnswer) {
    let response;
    try {
        response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(30_000) });
    }
    catch (error) {
        const code = networkCode(error);
        const message = `the connection failed (${code ?? (0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`;
        throw code && BEFORE_SENDING.has(code) ? new NotAccepted(message) : new Uncertain(message);
    }
    let text = '';
    try {
        text = await response.text();
    }
    catch (error) {
        throw new Uncertain(`the answer broke off (${networkCode(error) ?? (0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`, response.status);
    }
    const answer = { status: response.status, headers: response.headers, text };
    if (response.ok)
        return answer;
    if (response.status === 429 || GATEWAY.has(response.status)) {
        throw new NotAccepted(describe(answer), response.status, waitOf(response, text));
    }
    if (response.status >= 500 || response.status === 408)
        throw new Uncertain(describe(answer), response.status);
    throw new Refused(describe(answer), response.status);
}
/** Retry-After, or Discord's own rate-limit fields (body retry_after, X-RateLimit-Reset-After), in ms. */
function waitOf(response, text) {
    const header = (0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterMs */ .Vs)(response);
    if (header !== undefined)
        return header;
    const resetAfter = Number(response.headers.get('x-ratelimit-reset-after'));
    if (response.headers.has('x-ratelimit-reset-after') && Number.isFinite(resetAfter))
        return resetAfter * 1000;
    try {
        const body = JSON.parse(text);
        if (typeof body.retry_after === 'number')
            return body.retry_after * 1000;
    }
    catch {
        // Not JSON: no wait given.
    }
    return undefined;
}
function describeAnswer(answer) {
    const body = answer.text.trim().replace(/\s+/g, ' ').slice(0, 300);
    return `HTTP ${answer.status}${body ? `: ${body}` : ''}`;
}
function networkCode(error) {
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}


/***/ })

};

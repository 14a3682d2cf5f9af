export const id = 825;
export const ids = [825];
export const modules = {

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendTeams: () => (/* binding */ sendTeams),
/* harmony export */   teamsPayload: () => (/* binding */ teamsPayload)
/* harmony export */ });
/* harmony import */ var _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1092);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9273);


const STYLE = { success: 'good', failure: 'attention', cancelled: 'default', partial: 'warning' };
/** A Teams Workflows message: one Adaptive Card 1.4 with the title, the body, the facts and a button to the run. */
function teamsPayload(message) {
    // TextBlock reads a small Markdown subset (bold, italic, lists, links) and no backslash escapes.
    const text = (markdown) => (0,_view_js__WEBPACK_IMPORTED_MODULE_1__.unescapeMarkdown)(markdown);
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body: [
                        {
                            type: 'Container',
                            style: STYLE[message.view.status] ?? 'default',
                            items: [{ type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true }],
                        },
                        { type: 'TextBlock', text: text(message.body), wrap: true },
                        { type: 'FactSet', facts: message.view.facts.map((f) => ({ title: f.name, value: text(f.value) })) },
                    ],
                    actions: [{ type: 'Action.OpenUrl', title: `View run #${message.view.runNumber}`, url: message.view.runUrl }],
                },
            },
        ],
    };
}
/** A Workflows webhook answers 202 Accepted. */
async function sendTeams(channel, message) {
    const result = await (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .withAttempts */ .dP)(() => (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(channel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsPayload(message)) }));
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

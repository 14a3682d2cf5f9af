export const id = 944;
export const ids = [944];
export const modules = {

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SLACK_LIMITS: () => (/* binding */ SLACK_LIMITS),
/* harmony export */   sendSlackApi: () => (/* binding */ sendSlackApi),
/* harmony export */   sendSlackWebhook: () => (/* binding */ sendSlackWebhook),
/* harmony export */   slackMessages: () => (/* binding */ slackMessages)
/* harmony export */ });
/* harmony import */ var _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1092);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6126);


/** Block Kit's limits (api.slack.com/reference/block-kit). */
const SLACK_LIMITS = {
    blocks: 50,
    sectionText: 3000,
    headerText: 150,
    fields: 10,
    fieldText: 2000,
    buttonText: 75,
    fallbackText: 4000,
};
/** The message as Block Kit messages: a header, the body in sections, the facts as fields, a button to the run. */
async function slackMessages(message) {
    const body = await (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .toSlackMrkdwn */ .tM)(message.body);
    const facts = await Promise.all(message.view.facts.map(async (f) => `*${f.name}*\n${await (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .toSlackMrkdwn */ .tM)(f.value)}`));
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(message.title, SLACK_LIMITS.headerText), emoji: true } },
    ];
    for (const piece of (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .splitText */ .Ad)(body, SLACK_LIMITS.sectionText))
        if (piece)
            blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
    if (facts.length > 0) {
        blocks.push({
            type: 'section',
            fields: facts.slice(0, SLACK_LIMITS.fields).map((text) => ({ type: 'mrkdwn', text: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(text, SLACK_LIMITS.fieldText) })),
        });
    }
    blocks.push({
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: `View run #${message.view.runNumber}` }, url: message.view.runUrl }],
    });
    const fallback = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(`${message.title}: ${message.view.headline.replace(/\\(.)/g, '$1')}`, SLACK_LIMITS.fallbackText);
    const messages = [];
    for (let i = 0; i < blocks.length; i += SLACK_LIMITS.blocks)
        messages.push({ text: fallback, blocks: blocks.slice(i, i + SLACK_LIMITS.blocks) });
    return messages;
}
/** An incoming webhook answers "ok", or an error word such as invalid_blocks. */
async function sendSlackWebhook(channel, message) {
    let attempts = 0;
    let status;
    for (const payload of await slackMessages(message)) {
        const result = await (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .withAttempts */ .dP)(() => (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(channel.url, json(payload)));
        attempts += result.attempts;
        if (result.error)
            throw Object.assign(result.error, { attempts, status: result.status });
        status = result.value?.status;
    }
    return { attempts, ...(status ? { status } : {}) };
}
const EVENT_TYPE = 'archway_notify';
/**
 * The Web API: chat.postMessage with message metadata naming the run, so a later step can find this run's
 * message (conversations.history) to update it (`update`) or to reply in its thread (`thread`), and so a
 * retry after an uncertain failure first looks whether the message arrived.
 */
async function sendSlackApi(channel, message, deliveryId) {
    const call = async (method, body) => {
        const answer = await (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(`${channel.apiUrl}/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${channel.token}` },
            body: JSON.stringify(body),
        });
        const parsed = JSON.parse(answer.text);
        if (!parsed.ok) {
            if (parsed.error === 'ratelimited')
                throw new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAccepted */ .D2(`Slack ${method}: ratelimited`, answer.status);
            throw new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .Refused */ .Lw(`Slack ${method}: ${parsed.error ?? 'not ok'}`, answer.status);
        }
        return parsed;
    };
    const runId = message.view.runId;
    const findRunMessages = async () => {
        const history = await call('conversations.history', { channel: channel.channel, limit: 100, include_all_metadata: true });
        return (history.messages ?? []).filter((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.run_id === runId);
    };
    const policy = { ..._delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_POLICY */ .zj, idempotent: true };
    let attempts = 0;
    let ts;
    const payloads = await slackMessages(message);
    const earlier = channel.update || channel.thread ? (await findRunMessages()).at(-1) : undefined;
    for (const [index, payload] of payloads.entries()) {
        const metadata = { event_type: EVENT_TYPE, event_payload: { run_id: runId, delivery: `${deliveryId}-${index}` } };
        const result = await (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .withAttempts */ .dP)(async (attempt) => {
            if (attempt > 1) {
                const arrived = (await findRunMessages()).find((m) => m.metadata?.event_payload?.delivery === metadata.event_payload.delivery);
                if (arrived)
                    return { ok: true, ts: arrived.ts };
            }
            if (channel.update && earlier && index === 0)
                return call('chat.update', { channel: channel.channel, ts: earlier.ts, ...payload, metadata });
            const thread = channel.thread && earlier ? { thread_ts: earlier.thread_ts ?? earlier.ts } : {};
            return call('chat.postMessage', { channel: channel.channel, ...payload, ...thread, metadata });
        }, policy);
        attempts += result.attempts;
        if (result.error)
            throw Object.assign(result.error, { attempts, status: result.status });
        ts ??= result.value?.ts;
    }
    return { attempts, status: 200, ...(ts ? { id: ts } : {}) };
}
function json(payload) {
    return { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) };
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


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ splitText),
/* harmony export */   Vw: () => (/* binding */ toHtml),
/* harmony export */   bo: () => (/* binding */ toPlainText),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   tM: () => (/* binding */ toSlackMrkdwn)
/* harmony export */ });
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9273);

/** Slack's mrkdwn from Markdown (links, bold, lists; &, < and > escaped as Slack requires). */
async function toSlackMrkdwn(markdown) {
    const { slackifyMarkdown } = await __webpack_require__.e(/* import() */ 958).then(__webpack_require__.bind(__webpack_require__, 6958));
    return slackifyMarkdown(markdown).trim();
}
/** HTML for the mail body. */
async function toHtml(markdown) {
    const { marked } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 243));
    return marked.parse(markdown, { async: false, gfm: true });
}
/** Readable plain text: links as "text (url)", emphasis and escapes dropped. */
function toPlainText(markdown) {
    return (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.unescapeMarkdown)(markdown
        .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\\*])\*([^*\n]+)\*/g, '$1$2'));
}
/**
 * Cut text into pieces of at most `max` characters at the last paragraph, line or word boundary, never
 * inside a word unless a single word is longer than `max`. Every character is kept.
 */
function splitText(text, max) {
    const pieces = [];
    let rest = text;
    while (rest.length > max) {
        const window = rest.slice(0, max + 1);
        let cut = Math.max(window.lastIndexOf('\n\n'), -1);
        if (cut < max / 2)
            cut = window.lastIndexOf('\n');
        if (cut < max / 2)
            cut = window.lastIndexOf(' ');
        if (cut <= 0)
            cut = max;
        pieces.push(rest.slice(0, cut).trimEnd());
        rest = rest.slice(cut).replace(/^\s+/, '');
    }
    if (rest.length > 0 || pieces.length === 0)
        pieces.push(rest);
    return pieces;
}
/** Shorten to `max` characters at a word boundary with an ellipsis (for titles that have a hard limit). */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}


/***/ })

};

export const id = 684;
export const ids = [684];
export const modules = {

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISCORD_LIMITS: () => (/* binding */ DISCORD_LIMITS),
/* harmony export */   discordMessages: () => (/* binding */ discordMessages),
/* harmony export */   sendDiscord: () => (/* binding */ sendDiscord)
/* harmony export */ });
/* harmony import */ var _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1092);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6126);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9273);



/** Discord's limits (discord.com/developers/docs/resources/message#embed-object-embed-limits). */
const DISCORD_LIMITS = {
    content: 2000,
    embeds: 10,
    total: 6000,
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
};
const COLOURS = { success: 0x2ea043, failure: 0xd1242f, cancelled: 0x6e7781, partial: 0xd29922 };
/** Characters that count against the 6,000 of one message. */
function embedSize(e) {
    return ((e.title?.length ?? 0) +
        e.description.length +
        (e.footer?.text.length ?? 0) +
        (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0));
}
/**
 * Embeds with the status colour: the title links to the run, the body is the description (split over
 * several embeds, and several messages when the 10-embed / 6,000-character limits say so), the facts fields.
 */
function discordMessages(message) {
    // Discord reads Markdown itself; only < and > need no escape (mentions are switched off below).
    const body = (0,_view_js__WEBPACK_IMPORTED_MODULE_2__.unescapeMarkdown)(message.body, /[<>]/);
    const colour = COLOURS[message.view.status] ?? 0;
    const pieces = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .splitText */ .Ad)(body, DISCORD_LIMITS.description);
    const embeds = pieces.map((description, i) => ({
        ...(i === 0 ? { title: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(message.title, DISCORD_LIMITS.title), url: message.view.runUrl } : {}),
        description,
        color: colour,
    }));
    const last = embeds[embeds.length - 1];
    last.fields = message.view.facts.slice(0, DISCORD_LIMITS.fields).map((f) => ({
        name: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(f.name, DISCORD_LIMITS.fieldName),
        value: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)((0,_view_js__WEBPACK_IMPORTED_MODULE_2__.unescapeMarkdown)(f.value, /[<>]/), DISCORD_LIMITS.fieldValue),
        inline: true,
    }));
    last.footer = { text: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(`${(0,_view_js__WEBPACK_IMPORTED_MODULE_2__.unescapeMarkdown)(message.view.repository)} · run #${message.view.runNumber}`, DISCORD_LIMITS.footer) };
    const messages = [];
    let current = [];
    let size = 0;
    for (const embed of embeds) {
        const n = embedSize(embed);
        if (current.length === DISCORD_LIMITS.embeds || (current.length > 0 && size + n > DISCORD_LIMITS.total)) {
            messages.push({ embeds: current, allowed_mentions: { parse: [] } });
            current = [];
            size = 0;
        }
        current.push(embed);
        size += n;
    }
    messages.push({ embeds: current, allowed_mentions: { parse: [] } });
    return messages;
}
/**
 * POST ?wait=true so Discord answers with the message (its id). Between messages of one notification the
 * X-RateLimit-Remaining / X-RateLimit-Reset-After headers are honoured; a 429 waits what it says.
 */
async function sendDiscord(channel, message) {
    const url = new URL(channel.url);
    url.searchParams.set('wait', 'true');
    let attempts = 0;
    let id;
    let waitMs = 0;
    for (const payload of discordMessages(message)) {
        if (waitMs > 0)
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        const result = await (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .withAttempts */ .dP)(() => (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url.href, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }));
        attempts += result.attempts;
        if (result.error || !result.value)
            throw Object.assign(result.error ?? new Error('no answer'), { attempts, status: result.status });
        const headers = result.value.headers;
        waitMs = headers.get('x-ratelimit-remaining') === '0' ? Number(headers.get('x-ratelimit-reset-after') ?? 0) * 1000 : 0;
        id ??= JSON.parse(result.value.text || '{}').id;
    }
    return { attempts, status: 200, ...(id ? { id } : {}) };
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

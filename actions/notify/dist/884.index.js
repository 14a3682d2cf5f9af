export const id = 884;
export const ids = [884];
export const modules = {

/***/ 7884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emailParts: () => (/* binding */ emailParts),
/* harmony export */   sendEmail: () => (/* binding */ sendEmail)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archway_kit_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2186);
/* harmony import */ var _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1092);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6126);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9273);





const MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024;
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** The mail's HTML (the body, a facts table, a link to the run) and its plain-text alternative. */
async function emailParts(message) {
    const view = message.view;
    const facts = await Promise.all(view.facts.map(async (f) => ({
        name: f.name,
        html: (await (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .toHtml */ .Vw)(f.value)).replace(/^<p>|<\/p>\s*$/g, ''),
        text: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainText */ .bo)(f.value),
    })));
    const html = [
        '<!doctype html><html><body style="font-family:sans-serif">',
        `<h2>${escapeHtml(message.title)}</h2>`,
        await (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .toHtml */ .Vw)(message.body),
        '<table cellpadding="4">',
        ...facts.map((f) => `<tr><th align="left">${escapeHtml(f.name)}</th><td>${f.html}</td></tr>`),
        '</table>',
        `<p><a href="${escapeHtml(view.runUrl)}">View run #${escapeHtml(view.runNumber)}</a></p>`,
        '</body></html>',
    ].join('\n');
    const text = [
        message.title,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainText */ .bo)(message.body),
        '',
        ...facts.map((f) => `${f.name}: ${f.text}`),
        '',
        `Run: ${view.runUrl}`,
    ].join('\n');
    return { subject: message.title, html, text };
}
async function attachmentsOf(channel) {
    if (channel.attachments.length === 0)
        return [];
    const files = await (0,_archway_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .findUserFiles */ .U$)('channels', channel.attachments, { maxFiles: 50 });
    let total = 0;
    const attachments = [];
    for (const file of files) {
        const content = await (0,_archway_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .readUserBytes */ .p2)('channels', node_path__WEBPACK_IMPORTED_MODULE_0___default().relative((0,_archway_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .workspaceDir */ .zf)(), file), {
            maxBytes: _archway_kit_files__WEBPACK_IMPORTED_MODULE_1__/* .FILE_LIMITS */ .SK.data,
            what: 'attachment',
        });
        total += content.length;
        if (total > MAX_ATTACHMENTS_BYTES)
            throw new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .Refused */ .Lw(`the attachments exceed ${MAX_ATTACHMENTS_BYTES / 1024 / 1024} MiB`);
        attachments.push({ filename: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file), content });
    }
    return attachments;
}
/** SMTP errors nodemailer reports before the server took the message: safe to try again. */
const NOT_SENT = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']);
/**
 * One mail through nodemailer: implicit TLS (465) or STARTTLS (587, required unless the channel says
 * opportunistic or none), AUTH when a user is given. A fixed Message-ID lets a mail server and readers
 * drop a duplicate.
 */
async function sendEmail(channel, message, deliveryId) {
    const { createTransport } = await __webpack_require__.e(/* import() */ 692).then(__webpack_require__.bind(__webpack_require__, 4692));
    const [{ subject, html, text }, attachments] = await Promise.all([emailParts(message), attachmentsOf(channel)]);
    const transport = createTransport({
        host: channel.host,
        port: channel.port,
        secure: channel.tls === 'implicit',
        requireTLS: channel.tls === 'starttls',
        ignoreTLS: channel.tls === 'none',
        ...(channel.user ? { auth: { user: channel.user, pass: channel.password ?? '' } } : {}),
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 30_000,
        tls: { minVersion: 'TLSv1.2', servername: channel.host },
    });
    const domain = channel.from.replace(/^.*@/, '').replace(/>$/, '');
    try {
        const result = await (0,_delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .withAttempts */ .dP)(async () => {
            try {
                return await transport.sendMail({
                    from: channel.from,
                    to: channel.to,
                    ...(channel.cc.length > 0 ? { cc: channel.cc } : {}),
                    subject: (0,_view_js__WEBPACK_IMPORTED_MODULE_4__.unescapeMarkdown)(subject),
                    text,
                    html,
                    attachments,
                    messageId: `<${deliveryId}@${domain}>`,
                    headers: { 'X-Archway-Run': message.view.runUrl },
                });
            }
            catch (error) {
                throw classify(error);
            }
        });
        if (result.error || !result.value)
            throw Object.assign(result.error ?? new Error('no answer'), { attempts: result.attempts, status: result.status });
        const code = Number(/^(\d{3})/.exec(result.value.response ?? '')?.[1]);
        return { attempts: result.attempts, id: result.value.messageId, ...(code ? { status: code } : {}) };
    }
    finally {
        transport.close();
    }
}
function classify(error) {
    const e = error;
    const what = `SMTP ${e.command ? `${e.command}: ` : ''}${e.message ?? String(error)}`;
    // 4xx before DATA was accepted: the server refused for now, nothing was queued.
    if (e.responseCode && e.responseCode >= 400 && e.responseCode < 500)
        return new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .NotAccepted */ .D2(what, e.responseCode);
    if (e.code && NOT_SENT.has(e.code) && e.command !== 'DATA')
        return new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .NotAccepted */ .D2(what);
    if (e.code === 'EAUTH')
        return new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .Refused */ .Lw(`${what} (check the user and password)`, e.responseCode);
    if (e.code === 'ETLS')
        return new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .Refused */ .Lw(`${what} (the server's TLS failed: check starttls and the port)`, e.responseCode);
    return e.responseCode ? new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .Refused */ .Lw(what, e.responseCode) : new _delivery_attempts_js__WEBPACK_IMPORTED_MODULE_2__/* .Uncertain */ .w5(what);
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

export const id = 397;
export const ids = [397];
export const modules = {

/***/ 5397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_DESCRIPTION_LIMIT: () => (/* binding */ STATUS_DESCRIPTION_LIMIT),
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   sendGitHubComment: () => (/* binding */ sendGitHubComment),
/* harmony export */   sendGitHubStatus: () => (/* binding */ sendGitHubStatus)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6393);
/* harmony import */ var _archway_kit_context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6426);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6126);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9273);




const STATE = { success: 'success', failure: 'failure', cancelled: 'error', partial: 'failure' };
/** GitHub refuses a status description over 140 characters. */
const STATUS_DESCRIPTION_LIMIT = 140;
async function sendGitHubStatus(client, channel, message) {
    const { currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 7890));
    const { headSha } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6426));
    const response = await client.rest.repos.createCommitStatus({
        ...currentRepository(),
        sha: headSha(),
        state: STATE[message.view.status],
        context: channel.context,
        description: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)((0,_view_js__WEBPACK_IMPORTED_MODULE_3__.unescapeMarkdown)(message.view.headline).replace(/\s+/g, ' '), STATUS_DESCRIPTION_LIMIT),
        target_url: message.view.runUrl,
    });
    return { attempts: 1, status: response.status, id: String(response.data.id) };
}
/** The comment's Markdown: the title, the body, the facts as a table, a link to the run. */
function commentBody(message) {
    const facts = (0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], message.view.facts.map((f) => [`**${f.name}**`, f.value]));
    return [`### ${message.title}`, '', message.body, '', facts, '', `[View run #${message.view.runNumber}](${message.view.runUrl})`].join('\n');
}
/** One comment per pull request and key, updated in place on every run. Outside a pull request: skipped. */
async function sendGitHubComment(client, channel, message) {
    const issueNumber = (0,_archway_kit_context__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestNumber */ .Kd)();
    if (issueNumber === undefined)
        return { attempts: 0, skipped: 'not a pull request' };
    const { currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 7890));
    const { upsertPrComment } = await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 6775));
    const result = await upsertPrComment(client, {
        ...currentRepository(),
        issueNumber,
        marker: `notify/${channel.key}`,
        body: commentBody(message),
    });
    return { attempts: 1, status: result.action === 'created' ? 201 : 200, id: String(result.id) };
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

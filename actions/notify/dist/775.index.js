export const id = 775;
export const ids = [775];
export const modules = {

/***/ 6775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* unused harmony export COMMENT_LIMIT */
/** GitHub refuses comment bodies over 65536 characters. */
const COMMENT_LIMIT = 65_536;
function markerLine(marker) {
    return `<!-- archway:${marker} -->`;
}
/**
 * Create the comment on the first run and update that same comment on every later run, found by a hidden
 * marker, so a pull request carries one report per action instead of one per push.
 */
async function upsertPrComment(client, comment) {
    const tag = markerLine(comment.marker);
    let body = `${tag}\n${comment.body}`;
    if (body.length > COMMENT_LIMIT)
        body = `${body.slice(0, COMMENT_LIMIT - 80)}\n\n_… trimmed to GitHub’s comment size limit._`;
    const { owner, repo, issueNumber } = comment;
    const existing = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    const mine = existing.find((c) => c.body?.startsWith(tag));
    if (mine) {
        await client.rest.issues.updateComment({ owner, repo, comment_id: Number(mine.id), body });
        return { id: Number(mine.id), action: 'updated' };
    }
    const created = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: Number(created.data.id), action: 'created' };
}


/***/ })

};

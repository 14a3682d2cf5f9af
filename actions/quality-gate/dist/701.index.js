export const id = 701;
export const ids = [701];
export const modules = {

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, CHECK_RUN_TEXT_LIMIT, fitCheckRunText */
/** GitHub accepts at most 50 annotations per check-run request and 65535 characters of summary/text. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_RUN_TEXT_LIMIT = 65_535;
/** Cut text to GitHub's character limit at a line boundary, saying so. */
function fitCheckRunText(text, limit = CHECK_RUN_TEXT_LIMIT) {
    if (text.length <= limit)
        return text;
    const note = '\n\n_… trimmed to GitHub’s check-run size limit._';
    const cut = text.slice(0, limit - note.length);
    const lastLine = cut.lastIndexOf('\n');
    return (lastLine > 0 ? cut.slice(0, lastLine) : cut) + note;
}
/**
 * Publish a completed check run. Annotations go up in batches of 50: the first with the create call,
 * the rest as updates of the same run (GitHub appends annotations across updates).
 */
async function publishCheckRun(client, report) {
    const batches = [];
    for (let i = 0; i < report.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(report.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (annotations) => ({
        title: fitCheckRunText(report.title, 255),
        summary: fitCheckRunText(report.summary),
        ...(report.text ? { text: fitCheckRunText(report.text) } : {}),
        ...(annotations && annotations.length > 0 ? { annotations: annotations.map(fitAnnotation) } : {}),
    });
    const { owner, repo } = report;
    const last = batches.length <= 1;
    const created = await client.rest.checks.create({
        owner,
        repo,
        name: report.name,
        head_sha: report.headSha,
        status: last ? 'completed' : 'in_progress',
        ...(last ? { conclusion: report.conclusion, completed_at: new Date().toISOString() } : {}),
        output: output(batches[0]),
    });
    for (let i = 1; i < batches.length; i++) {
        const final = i === batches.length - 1;
        await client.rest.checks.update({
            owner,
            repo,
            check_run_id: Number(created.data.id),
            ...(final ? { status: 'completed', conclusion: report.conclusion, completed_at: new Date().toISOString() } : {}),
            output: output(batches[i]),
        });
    }
    return { id: Number(created.data.id), url: created.data.html_url ?? '' };
}
function fitAnnotation(a) {
    return {
        ...a,
        message: fitCheckRunText(a.message, 64 * 1024 - 1),
        ...(a.title ? { title: fitCheckRunText(a.title, 255) } : {}),
        ...(a.raw_details ? { raw_details: fitCheckRunText(a.raw_details, 64 * 1024 - 1) } : {}),
    };
}


/***/ })

};

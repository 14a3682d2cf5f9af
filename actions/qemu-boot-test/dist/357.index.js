export const id = 357;
export const ids = [357];
export const modules = {

/***/ 72357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aptInstall: () => (/* binding */ aptInstall)
/* harmony export */ });
/* unused harmony exports privileged, isPackageName, AptPackageNotFoundError, hostArchitecture, packageArchitecture, installedPackages, foreignArchitectures, addArchitectures, debFiles, aptUpdate, unknownPackages */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71890);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55955);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54551);





/** root runs apt directly; anyone else goes through sudo -n (runner images allow it without a password). */
function privileged(command, args) {
    return process.getuid?.() === 0 ? [command, [...args]] : ['sudo', ['-n', command, ...args]];
}
const APT_OPTIONS = [
    '-o',
    'DPkg::Lock::Timeout=300',
    '-o',
    'Acquire::Retries=3',
    '-o',
    'APT::Install-Recommends=false',
    '-o',
    'Dpkg::Use-Pty=0',
    // CI machines are throwaway: skipping dpkg's fsync after every file makes big installs much faster.
    '-o',
    'Dpkg::Options::=--force-unsafe-io',
];
const APT_ENV = () => ({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
/** Debian package names (policy 5.6.1), optionally qualified with an architecture: `libssl-dev:arm64`. */
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$/;
/** True when `name` is a well-formed package name (so it can never be taken for an apt option). */
function isPackageName(name) {
    return PACKAGE_NAME.test(name);
}
/** apt could not find these packages: the names are wrong or the runner's repositories lack them. */
class AptPackageNotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1 {
    packages;
    name = 'AptPackageNotFoundError';
    constructor(packages) {
        super(`Debian package(s) ${packages.join(', ')} not found by apt on this runner; check the names (apt-cache search <word>)`);
        this.packages = packages;
    }
}
let nativeArch;
/** dpkg's architecture of this machine (amd64, arm64, ...). */
async function hostArchitecture() {
    if (nativeArch)
        return nativeArch;
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)('dpkg', ['--print-architecture']);
    nativeArch = result.stdout.trim();
    if (result.exitCode !== 0 || !nativeArch)
        throw new Error(`dpkg --print-architecture failed: ${result.stderr.trim()}`);
    return nativeArch;
}
/** The architecture a package name asks for, or undefined for the machine's own. */
function packageArchitecture(name) {
    const arch = name.split(':')[1];
    return arch === undefined || arch === 'native' || arch === 'any' || arch === 'all' ? undefined : arch;
}
/** `pkg:native` and `pkg:<host arch>` mean the plain name to dpkg-query. */
function plainName(name, host) {
    return name.replace(new RegExp(`:(native|${host})$`), '');
}
/** Packages (name or name:arch) that dpkg reports as installed. */
async function installedPackages(packages) {
    if (packages.length === 0)
        return new Set();
    const host = await hostArchitecture();
    const names = packages.map((p) => plainName(p, host));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)('dpkg-query', ['-W', '-f=${binary:Package} ${db:Status-Status}\\n', ...names]);
    const installed = new Set();
    for (const line of result.stdout.split('\n')) {
        const [name, status] = line.split(' ');
        if (name && status === 'installed')
            installed.add(plainName(name, host));
    }
    // dpkg prints native packages without ':arch' (and Multi-Arch: same ones with it); accept either spelling.
    return new Set(packages.filter((p) => installed.has(plainName(p, host)) || installed.has(`${plainName(p, host)}:${host}`)));
}
/** Architectures dpkg installs packages for besides the native one. */
async function foreignArchitectures() {
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)('dpkg', ['--print-foreign-architectures']);
    return result.stdout.split('\n').filter(Boolean);
}
/**
 * Enable multiarch for these architectures (`dpkg --add-architecture`). Returns those newly added: the
 * package lists must then be updated before their packages can be installed.
 */
async function addArchitectures(architectures) {
    const host = await hostArchitecture();
    const known = new Set([host, ...(await foreignArchitectures())]);
    const added = [];
    for (const arch of new Set(architectures)) {
        if (known.has(arch))
            continue;
        const [command, args] = privileged('dpkg', ['--add-architecture', arch]);
        const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)(command, args);
        if (result.exitCode !== 0)
            throw new Error(`dpkg --add-architecture ${arch} failed: ${result.stderr.trim()}`);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Enabled multiarch packages for ${arch}`);
        added.push(arch);
    }
    if (added.length > 0)
        updated = false;
    return added;
}
/**
 * Install the packages that are not installed yet, without recommends, retrying downloads, waiting for
 * the dpkg lock. `name:arch` installs a foreign architecture's package (multiarch is enabled for it).
 * A package apt does not know is the user's mistake and becomes an AptPackageNotFoundError.
 */
async function aptInstall(packages, options = {}) {
    const invalid = packages.filter((p) => !isPackageName(p));
    if (invalid.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Not Debian package names: ${invalid.join(', ')}`);
    const present = await installedPackages(packages);
    const missing = packages.filter((p) => !present.has(p));
    const result = { installed: [], present: [...present], downloaded: [], fromArchives: false };
    if (missing.length === 0)
        return result;
    await addArchitectures(missing.map(packageArchitecture).filter((a) => a !== undefined));
    const archives = options.archives;
    if (archives)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(archives, 'partial'), { recursive: true });
    const before = new Set(archives ? debFiles(archives) : []);
    // Installing from the archives alone works when they hold every missing .deb at the versions the
    // package lists name; otherwise fall back to refreshing the lists and downloading what is absent.
    if (archives && before.size > 0 && options.update !== 'always') {
        const offline = await runApt(['install', '-y', '-q', '--no-download', ...archiveOptions(archives), ...missing], missing, 'from cached archives');
        if (offline.exitCode === 0)
            return { ...result, installed: missing, fromArchives: true };
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('The cached archives do not cover this install; updating the package lists and downloading the rest');
    }
    if ((options.update ?? 'auto') !== 'never')
        await aptUpdate();
    const install = await runApt(['install', '-y', '-q', ...(archives ? archiveOptions(archives) : []), ...missing], missing);
    if (install.exitCode !== 0)
        throw aptFailure(install, missing);
    const downloaded = archives ? debFiles(archives).filter((f) => !before.has(f)) : [];
    return { ...result, installed: missing, downloaded };
}
function archiveOptions(archives) {
    return [
        '-o',
        `Dir::Cache::Archives=${node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(archives)}`,
        '-o',
        'APT::Keep-Downloaded-Packages=true',
        // apt's _apt download user usually cannot enter a runner's temp directory; say up front that root
        // downloads (apt would fall back to it anyway, with a warning).
        '-o',
        'APT::Sandbox::User=root',
    ];
}
/** The .deb files in an archives directory. */
function debFiles(archives) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(archives).filter((f) => f.endsWith('.deb'));
    }
    catch {
        return [];
    }
}
async function runApt(args, missing, how = '') {
    const [command, full] = privileged('apt-get', [...args.slice(0, 1), ...APT_OPTIONS, ...args.slice(1)]);
    return _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .group */ .Os(`apt-get install ${missing.join(' ')}${how ? ` (${how})` : ''}`, () => (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)(command, full, { env: APT_ENV(), onStdout: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(l), onStderr: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(l) }));
}
let updated = false;
/** apt-get update once per process (again after an architecture was added): lists on a fresh runner are stale or absent. */
async function aptUpdate() {
    if (updated)
        return;
    const [command, args] = privileged('apt-get', ['update', '-q', ...APT_OPTIONS]);
    const result = await _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .group */ .Os('apt-get update', () => (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)(command, args, { env: APT_ENV(), onStdout: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(l), onStderr: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(l) }));
    if (result.exitCode !== 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`apt-get update failed (exit ${result.exitCode}); trying the install with the lists there are:\n${result.stderr.trim()}`);
    updated = true;
}
/** Names apt reported it could not find, from its error output. */
function unknownPackages(stderr) {
    const pattern = /Unable to locate package (\S+)|Package '?([^'\s]+?)'? has no installation candidate|Couldn't find any package by (?:glob|regex) '([^']+)'/g;
    return [...new Set([...stderr.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3])))];
}
function aptFailure(result, missing) {
    const unknown = unknownPackages(result.stderr);
    if (unknown.length > 0)
        return new AptPackageNotFoundError(unknown);
    return new Error(`apt-get install ${missing.join(' ')} failed with exit ${result.exitCode}:\n${result.stderr.trim().split('\n').slice(-15).join('\n')}`);
}


/***/ })

};

export const id = 875;
export const ids = [875];
export const modules = {

/***/ 42875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aptInstall: () => (/* binding */ aptInstall)
});

// UNUSED EXPORTS: AptPackageNotFoundError, addArchitectures, aptUpdate, debFiles, foreignArchitectures, hostArchitecture, installedPackages, isPackageName, packageArchitecture, privileged, unknownPackages

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(71890);
// EXTERNAL MODULE: ../../shared/src/clients/process.ts + 2 modules
var clients_process = __webpack_require__(34940);
// EXTERNAL MODULE: ../../shared/src/runner/errors.ts
var errors = __webpack_require__(54278);
;// CONCATENATED MODULE: ../../shared/src/debian/apt-sources.ts




/**
 * Ubuntu serves amd64 and i386 from archive.ubuntu.com (and its mirrors) and every other architecture
 * from ports.ubuntu.com. Debian's mirrors carry all architectures, so there multiarch needs nothing more
 * than `dpkg --add-architecture`; on Ubuntu the existing sources must be limited to the architectures their
 * mirror has (or apt-get update fails with 404s) and the other mirror added for the rest.
 */
const ARCHIVE_ARCHS = ['amd64', 'i386'];
const ARCHIVE_URI = 'http://archive.ubuntu.com/ubuntu/';
const PORTS_URI = 'http://ports.ubuntu.com/ubuntu-ports/';
const UBUNTU_MIRROR = /^https?:\/\/([a-z0-9.-]+\.)?(archive|security|ports)\.ubuntu\.com\//;
const KEYRING = '/usr/share/keyrings/ubuntu-archive-keyring.gpg';
const MULTIARCH_SOURCES = '/etc/apt/sources.list.d/archway-multiarch.sources';
function isPorts(uri) {
    return /ports\.ubuntu\.com/.test(uri);
}
/** Of `archs`, those the mirror at `uri` serves. */
function servedBy(uri, archs) {
    return archs.filter((a) => ARCHIVE_ARCHS.includes(a) !== isPorts(uri));
}
/** deb822 sources (.sources): give stanzas on an Ubuntu mirror without an Architectures field the ones it serves. */
function restrictDeb822(text, archs) {
    return text
        .split(/\n(?=\s*\n)/)
        .map((stanza) => {
        const uris = /^URIs:\s*(.+)$/im.exec(stanza)?.[1]?.trim().split(/\s+/) ?? [];
        const uri = uris.find((u) => UBUNTU_MIRROR.test(u));
        if (!uri || /^Architectures:/im.test(stanza) || /^Enabled:\s*no/im.test(stanza))
            return stanza;
        const served = servedBy(uri, archs);
        return served.length === 0 ? stanza : stanza.replace(/^(URIs:.*)$/im, `$1\nArchitectures: ${served.join(' ')}`);
    })
        .join('\n');
}
/** One-line sources (.list): `deb http://archive...` becomes `deb [arch=amd64,i386] http://archive...`. */
function restrictOneLine(text, archs) {
    return text
        .split('\n')
        .map((line) => {
        const match = /^(\s*deb(?:-src)?\s+)(\[[^\]]*\]\s+)?(\S+)(.*)$/.exec(line);
        if (!match)
            return line;
        const [, head = '', options = '', uri = '', rest = ''] = match;
        const served = servedBy(uri, archs);
        if (!UBUNTU_MIRROR.test(uri) || /\barch=/.test(options) || served.length === 0)
            return line;
        const arch = `arch=${served.join(',')}`;
        const merged = options ? `[${arch} ${options.trim().slice(1, -1).trim()}] ` : `[${arch}] `;
        return `${head}${merged}${uri}${rest}`;
    })
        .join('\n');
}
/** The deb822 stanza that brings the architectures the runner's own mirror lacks from the other one. */
function otherMirrorStanza(codename, archs, hostArch) {
    const uri = ARCHIVE_ARCHS.includes(hostArch) ? PORTS_URI : ARCHIVE_URI;
    return [
        '# Written by archway for multiarch packages: the architectures this runner’s mirror does not carry.',
        'Types: deb',
        `URIs: ${uri}`,
        `Suites: ${codename} ${codename}-updates ${codename}-security ${codename}-backports`,
        'Components: main universe restricted multiverse',
        `Architectures: ${archs.join(' ')}`,
        `Signed-By: ${KEYRING}`,
        '',
    ].join('\n');
}
function sourceFiles() {
    const dir = '/etc/apt/sources.list.d';
    const files = (0,external_node_fs_.existsSync)('/etc/apt/sources.list') ? ['/etc/apt/sources.list'] : [];
    if ((0,external_node_fs_.existsSync)(dir)) {
        for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
            if (/\.(list|sources)$/.test(name) && external_node_path_default().join(dir, name) !== MULTIARCH_SOURCES)
                files.push(external_node_path_default().join(dir, name));
        }
    }
    return files;
}
async function writeRootFile(file, text, privileged) {
    const [command, args] = privileged('tee', [file]);
    const result = await (0,clients_process/* runProcess */.R3)(command, args, { input: text });
    if (result.exitCode !== 0)
        throw new Error(`could not write ${file}: ${result.stderr.trim()}`);
}
/** ID and VERSION_CODENAME of /etc/os-release ('' when unknown). */
function osRelease(file = '/etc/os-release') {
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return { id: '', codename: '' };
    }
    const field = (name) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(text)?.[1] ?? '';
    return { id: field('ID'), codename: field('VERSION_CODENAME') || field('UBUNTU_CODENAME') };
}
/**
 * On Ubuntu, make apt able to fetch packages of `archs` (every architecture dpkg knows, the native one
 * included): pin the existing Ubuntu sources to what their mirror serves and add the other mirror for the
 * rest. Returns true when the sources changed (the lists must be updated). Elsewhere it does nothing.
 */
async function prepareUbuntuSources(os, archs, hostArch, privileged) {
    if (os.id !== 'ubuntu' || !os.codename)
        return false;
    const hostOnArchive = ARCHIVE_ARCHS.includes(hostArch);
    const others = archs.filter((a) => ARCHIVE_ARCHS.includes(a) !== hostOnArchive);
    if (others.length === 0)
        return false;
    let changed = false;
    for (const file of sourceFiles()) {
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const restricted = file.endsWith('.sources') ? restrictDeb822(text, archs) : restrictOneLine(text, archs);
        if (restricted === text)
            continue;
        await writeRootFile(file, restricted, privileged);
        core/* info */.pq(`Limited the Ubuntu sources in ${file} to the architectures their mirror serves`);
        changed = true;
    }
    const stanza = otherMirrorStanza(os.codename, others, hostArch);
    const current = (0,external_node_fs_.existsSync)(MULTIARCH_SOURCES) ? (0,external_node_fs_.readFileSync)(MULTIARCH_SOURCES, 'utf8') : '';
    if (current !== stanza) {
        await writeRootFile(MULTIARCH_SOURCES, stanza, privileged);
        core/* info */.pq(`Added ${MULTIARCH_SOURCES} for ${others.join(', ')}`);
        changed = true;
    }
    return changed;
}

;// CONCATENATED MODULE: ../../shared/src/debian/apt.ts






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
class AptPackageNotFoundError extends errors/* ConfigurationError */.j1 {
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
    const result = await (0,clients_process/* runProcess */.R3)('dpkg', ['--print-architecture']);
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
    const result = await (0,clients_process/* runProcess */.R3)('dpkg-query', ['-W', '-f=${binary:Package} ${db:Status-Status}\\n', ...names]);
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
    const result = await (0,clients_process/* runProcess */.R3)('dpkg', ['--print-foreign-architectures']);
    return result.stdout.split('\n').filter(Boolean);
}
/**
 * Enable multiarch for these architectures (`dpkg --add-architecture`, and on Ubuntu the ports mirror).
 * Returns those newly added; the package lists are updated again before the next install.
 */
async function addArchitectures(architectures) {
    if (architectures.length === 0)
        return [];
    const host = await hostArchitecture();
    const known = new Set([host, ...(await foreignArchitectures())]);
    const added = [];
    for (const arch of new Set(architectures)) {
        if (known.has(arch))
            continue;
        const [command, args] = privileged('dpkg', ['--add-architecture', arch]);
        const result = await (0,clients_process/* runProcess */.R3)(command, args);
        if (result.exitCode !== 0)
            throw new Error(`dpkg --add-architecture ${arch} failed: ${result.stderr.trim()}`);
        core/* info */.pq(`Enabled multiarch packages for ${arch}`);
        added.push(arch);
    }
    const foreign = [...new Set([...known, ...added])].filter((a) => a !== host);
    const sourcesChanged = foreign.length > 0 && (await prepareUbuntuSources(osRelease(), [host, ...foreign], host, privileged));
    if (added.length > 0 || sourcesChanged)
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
        throw new errors/* ConfigurationError */.j1(`Not Debian package names: ${invalid.join(', ')}`);
    const present = await installedPackages(packages);
    const missing = packages.filter((p) => !present.has(p));
    const result = { installed: [], present: [...present], downloaded: [], fromArchives: false };
    if (missing.length === 0)
        return result;
    await addArchitectures(missing.map(packageArchitecture).filter((a) => a !== undefined));
    const archives = options.archives;
    if (archives)
        (0,external_node_fs_.mkdirSync)(external_node_path_default().join(archives, 'partial'), { recursive: true });
    const before = new Set(archives ? debFiles(archives) : []);
    // Installing from the archives alone works when they hold every missing .deb at the versions the
    // package lists name; otherwise fall back to refreshing the lists and downloading what is absent.
    if (archives && before.size > 0 && options.update !== 'always') {
        const offline = await runApt(['install', '-y', '-q', '--no-download', ...archiveOptions(archives), ...missing], missing, 'from cached archives');
        if (offline.exitCode === 0)
            return { ...result, installed: missing, fromArchives: true };
        core/* info */.pq('The cached archives do not cover this install; updating the package lists and downloading the rest');
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
        `Dir::Cache::Archives=${external_node_path_default().resolve(archives)}`,
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
        return (0,external_node_fs_.readdirSync)(archives).filter((f) => f.endsWith('.deb'));
    }
    catch {
        return [];
    }
}
async function runApt(args, missing, how = '') {
    const [command, full] = privileged('apt-get', [...args.slice(0, 1), ...APT_OPTIONS, ...args.slice(1)]);
    return core/* group */.Os(`apt-get install ${missing.join(' ')}${how ? ` (${how})` : ''}`, () => (0,clients_process/* runProcess */.R3)(command, full, { env: APT_ENV(), onStdout: (l) => core/* info */.pq(l), onStderr: (l) => core/* info */.pq(l) }));
}
let updated = false;
/** apt-get update once per process (again after an architecture was added): lists on a fresh runner are stale or absent. */
async function aptUpdate() {
    if (updated)
        return;
    const [command, args] = privileged('apt-get', ['update', '-q', ...APT_OPTIONS]);
    const result = await core/* group */.Os('apt-get update', () => (0,clients_process/* runProcess */.R3)(command, args, { env: APT_ENV(), onStdout: (l) => core/* info */.pq(l), onStderr: (l) => core/* info */.pq(l) }));
    if (result.exitCode !== 0)
        core/* warning */.$e(`apt-get update failed (exit ${result.exitCode}); trying the install with the lists there are:\n${result.stderr.trim()}`);
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
    if (/^sudo: .*password is required/m.test(result.stderr)) {
        return new errors/* ConfigurationError */.j1(`Installing ${missing.join(', ')} needs root or password-less sudo, and sudo asked for a password`);
    }
    return new Error(`apt-get install ${missing.join(' ')} failed with exit ${result.exitCode}:\n${result.stderr.trim().split('\n').slice(-15).join('\n')}`);
}


/***/ })

};

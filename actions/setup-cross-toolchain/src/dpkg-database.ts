import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '@archway/kit';
import { outputOf, runPrivileged } from './privileged.ts';

/** dpkg's administrative directory (dpkg --admindir); runners use the default. */
export const ADMIN_DIR = '/var/lib/dpkg';
export const STATUS_FILE = path.join(ADMIN_DIR, 'status');
export const INFO_DIR = path.join(ADMIN_DIR, 'info');

export interface InstalledPackage {
  /** name:arch */
  id: string;
  name: string;
  version: string;
  /** installed, unpacked, config-files, ... */
  state: string;
  provides: string[];
}

/** Every package instance dpkg knows, by name:arch (dpkg-query reads the pending journal too). */
export async function dpkgPackages(): Promise<Map<string, InstalledPackage>> {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
  const format = '${Package}\\t${Architecture}\\t${Version}\\t${db:Status-Status}\\t${Provides}\\n';
  const result = await runProcess('dpkg-query', ['-W', `-f=${format}`], { timeoutMs: 60_000 });
  if (result.exitCode !== 0) throw new Error(`dpkg-query -W failed (${outputOf(result)})`);
  const packages = new Map<string, InstalledPackage>();
  for (const line of result.stdout.split('\n')) {
    const [name, arch, version, state, provides] = line.split('\t');
    if (!name || !arch) continue;
    const id = `${name}:${arch}`;
    packages.set(id, {
      id,
      name,
      version: version ?? '',
      state: state ?? 'not-installed',
      provides: (provides ?? '')
        .split(',')
        .map((p) => p.trim().split(/[\s(:]/, 1)[0] as string)
        .filter(Boolean),
    });
  }
  return packages;
}

/** The status records of these package instances, as dpkg holds them. */
export async function statusRecords(ids: readonly string[]): Promise<string> {
  const result = await runProcess('dpkg-query', ['--status', ...ids], { timeoutMs: 60_000 });
  if (result.exitCode !== 0) throw new Error(`dpkg-query --status failed (${outputOf(result)})`);
  return result.stdout;
}

/** Updates dpkg journalled but has not folded into the status file yet (an interrupted or running dpkg). */
export function pendingUpdates(): string[] {
  try {
    return readdirSync(path.join(ADMIN_DIR, 'updates')).filter((f) => /^\d+$/.test(f));
  } catch {
    return [];
  }
}

/**
 * Replace the status file under dpkg's own locks (the frontend lock, then the database lock, as apt and dpkg
 * take them: fcntl locks, so perl, which every Debian system has as perl-base, holds them), and only if it
 * still reads as `expected`: a dpkg that ran in between wins, and the caller merges again. The new file is
 * written and synced beside the old one, the old one kept as status-old, and renamed into place, as dpkg
 * itself writes it.
 */
const COMPARE_AND_SWAP = String.raw`
use strict; use warnings; use Fcntl qw(O_RDWR O_CREAT O_WRONLY O_TRUNC F_SETLKW F_WRLCK SEEK_SET); use IO::Handle;
my ($admin, $expected, $next) = @ARGV;
$SIG{ALRM} = sub { print STDERR "timed out waiting for the dpkg lock\n"; exit 75 };
alarm 300;
my @held;
for my $name (qw(lock-frontend lock)) {
  my $fh;
  sysopen($fh, "$admin/$name", O_RDWR | O_CREAT, 0640) or die "cannot open $admin/$name: $!\n";
  fcntl($fh, F_SETLKW, my $lock = pack('s s x4 q q i x4', F_WRLCK, SEEK_SET, 0, 0, 0)) or die "cannot lock $admin/$name: $!\n";
  push @held, $fh;
}
alarm 0;
sub slurp { my ($file) = @_; open(my $in, '<:raw', $file) or die "cannot read $file: $!\n"; local $/; my $text = <$in>; return $text // ''; }
opendir(my $dir, "$admin/updates") or die "cannot read $admin/updates: $!\n";
if (grep { /^\d+$/ } readdir($dir)) { print STDERR "dpkg has journalled updates pending\n"; exit 76; }
if (slurp("$admin/status") ne slurp($expected)) { print STDERR "the status file changed meanwhile\n"; exit 77; }
my $text = slurp($next);
sysopen(my $out, "$admin/status-new", O_WRONLY | O_CREAT | O_TRUNC, 0644) or die "cannot write $admin/status-new: $!\n";
binmode($out);
print $out $text or die "cannot write $admin/status-new: $!\n";
$out->flush or die "cannot write $admin/status-new: $!\n";
$out->sync or die "cannot sync $admin/status-new: $!\n";
close($out) or die "cannot write $admin/status-new: $!\n";
chmod(0644, "$admin/status-new");
unlink("$admin/status-old");
link("$admin/status", "$admin/status-old") or die "cannot keep $admin/status-old: $!\n";
rename("$admin/status-new", "$admin/status") or die "cannot replace $admin/status: $!\n";
exit 0;
`;

const STATUS_CHANGED = 77;

/**
 * Add status records to dpkg's database: `edit` turns the current status text into the new one (and may
 * throw to refuse); retried when a dpkg run changed the file in between.
 */
export async function editStatus(workDir: string, edit: (status: string) => string): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const expected = path.join(workDir, 'status-expected');
  const next = path.join(workDir, 'status-next');
  for (let attempt = 1; ; attempt++) {
    const current = readFileSync(STATUS_FILE, 'utf8');
    writeFileSync(expected, current);
    writeFileSync(next, edit(current));
    const result = await runPrivileged('perl', ['-e', COMPARE_AND_SWAP, '--', ADMIN_DIR, expected, next], { timeoutMs: 330_000 });
    if (result.exitCode === 0) return;
    if (result.exitCode !== STATUS_CHANGED || attempt === 3) throw new Error(`could not write dpkg's status file (${outputOf(result)})`);
  }
}

/** dpkg refuses to start while another dpkg or apt holds its lock; apt waits, dpkg itself does not. */
const LOCKED = /lock was locked by another process|database is locked by another process|is locked by another process/;

async function dpkgWaitingForLock(command: string, args: readonly string[], timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await runPrivileged(command, args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeoutMs: 600_000,
    });
    if (result.exitCode === 0 || !LOCKED.test(result.stderr) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * The file triggers the restored files set off, as dpkg would have while unpacking them: every interest
 * (/var/lib/dpkg/triggers/File: `<path> <package>[/noawait]`) that is one of the paths or a directory above one.
 */
export function fileTriggers(paths: readonly string[], interests: string): string[] {
  const wanted = new Set<string>();
  const declared = interests
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter((p): p is string => Boolean(p?.startsWith('/')));
  for (const interest of new Set(declared)) {
    if (paths.some((p) => p === interest || p.startsWith(`${interest}/`))) wanted.add(interest);
  }
  return [...wanted].sort();
}

export function fileTriggerInterests(): string {
  try {
    return readFileSync(path.join(ADMIN_DIR, 'triggers', 'File'), 'utf8');
  } catch {
    return '';
  }
}

/** Activate file triggers without awaiting them; dpkg processes them at the end of its next run. */
export async function activateTriggers(names: readonly string[]): Promise<void> {
  for (const name of names) {
    const result = await dpkgWaitingForLock('dpkg-trigger', ['--no-await', name]);
    if (result.exitCode !== 0) throw new Error(`dpkg-trigger ${name} failed (${outputOf(result)})`);
  }
}

/**
 * Configure unpacked packages: dpkg runs their postinst scripts in dependency order, the triggers they and
 * their files activated, and records them as installed.
 */
export async function configure(ids: readonly string[]): Promise<void> {
  const result = await dpkgWaitingForLock('dpkg', ['--configure', '--force-confdef', '--force-confold', ...ids]);
  if (result.exitCode !== 0) throw new Error(`dpkg --configure failed (${outputOf(result)})`);
}

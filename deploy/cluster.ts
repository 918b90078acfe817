/**
 * Several `npm run serve` processes on one machine behind nginx as a cache
 * (deploy/nginx.conf.template; why: docs/adr/0017-behind-a-cache.md). Used by
 * `npm run cluster` (cli/cluster.ts), its test and its bench. nginx runs in
 * the foreground with its own prefix, temporary and cache folders, so no
 * system configuration is read or touched, as root or as anyone else.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import {
  accessSync,
  chownSync,
  constants,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname, '..')
const TEMPLATE = join(REPO, 'deploy', 'nginx.conf.template')
const SERVE = join(REPO, 'server', 'serve-build.js')
const UNAVAILABLE_PAGE = join(REPO, 'deploy', 'unavailable.html')

export interface ClusterOptions {
  /** Where nginx listens. */
  readonly host: string
  readonly port: number
  /** How many servers, on ports firstServerPort, firstServerPort + 1, … of 127.0.0.1. */
  readonly servers: number
  readonly firstServerPort: number
  /** The folder holding the build (dist/ and dist-ssr/) the servers start on. */
  readonly buildRoot: string
  /** nginx's own folder: configuration, pid, logs, temporary files and (by default) the cache. Emptied first. */
  readonly runtimeDir: string
  /** The nginx binary; by default $NGINX, /usr/sbin/nginx or nginx on the PATH. */
  readonly nginx?: string
  /** Where the servers' and nginx's lines go. */
  readonly log?: (line: string) => void
}

export interface Cluster {
  /** The servers' ports, in order. */
  readonly serverPorts: readonly number[]
  /** Which build folder each server serves now. */
  readonly serverBuilds: readonly string[]
  /** Kills server `index` at once (SIGKILL), as a crash would: for tests. The cluster starts it again. */
  kill(index: number): void
  /** Stops server `index` (SIGTERM) and keeps it down until replace() starts it again. */
  halt(index: number): Promise<void>
  /** Whether server `index` is up (started and not exited). */
  running(index: number): boolean
  /** Stops server `index` (SIGTERM, which finishes what it serves) and starts it again on `buildRoot`. */
  replace(index: number, buildRoot: string): Promise<void>
  /** Replaces the servers one by one, so the others answer while one restarts. */
  roll(buildRoot: string): Promise<void>
  /** Stops nginx and every server; resolves once all have exited. */
  stop(): Promise<void>
  /** Resolves when nginx exits by itself (a crash), with its exit code. */
  readonly exited: Promise<number | null>
}

/**
 * nginx's folder when none is given: in memory (/dev/shm) where there is
 * one, since nginx writes every answer it keeps to a file; on this
 * machine's disk a miss cost four times a request to one server alone, in
 * memory about as much (docs/adr/0017-behind-a-cache.md). The cache is
 * capped at 256 MB (deploy/nginx.conf.template).
 */
export function defaultClusterDir(port: number): string {
  const name = `film-explorer-cluster-${port}`
  try {
    accessSync('/dev/shm', constants.W_OK)
    return join('/dev/shm', name)
  } catch {
    return join(tmpdir(), name)
  }
}

/** Thrown with a message a person can act on: no nginx, a port in use, a build missing. */
export class ClusterError extends Error {}

/** The nginx binary, or a ClusterError saying how to install it. */
export function findNginx(given = process.env.NGINX): string {
  const candidates = given ? [given] : ['/usr/sbin/nginx', '/usr/local/sbin/nginx']
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // try the next
    }
  }
  if (!given) {
    try {
      return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim()
    } catch {
      // not on the PATH either
    }
  }
  throw new ClusterError(
    given
      ? `NGINX=${given} is not an executable file.`
      : 'nginx is not installed. On Debian or Ubuntu: `sudo apt-get install nginx` (only the binary is used: the cluster runs it with its own configuration, and the system service can stay stopped); elsewhere, install nginx and set NGINX=/path/to/nginx.',
  )
}

/** The template with its values in: each {{NAME}} replaced, and none left over. */
export function renderConfig(template: string, values: Readonly<Record<string, string>>): string {
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`the nginx template needs a value for ${whole}`)
    return value
  })
  return text
}

/** The nginx configuration for these options (exported for the test of the template). */
export function clusterConfig(
  options: Pick<ClusterOptions, 'host' | 'port' | 'servers' | 'firstServerPort' | 'runtimeDir'>,
  user: string | null,
): string {
  const ports = serverPorts(options)
  return renderConfig(readFileSync(TEMPLATE, 'utf8'), {
    USER: user ? `user ${user};` : '',
    RUNTIME: options.runtimeDir,
    CACHE_DIR: join(options.runtimeDir, 'cache'),
    LISTEN: `${options.host}:${options.port}`,
    // max_fails=0: a server is never set aside. On loopback a server that
    // is down refuses at once, so asking it costs nothing; set aside for a
    // while (nginx's default, 10 s after one failure), it could still be out
    // when the next one is replaced, and a rolling deploy would find no
    // server at all (502: measured with 1 failure and 2 s).
    SERVERS: ports.map((port) => `    server 127.0.0.1:${port} max_fails=0;`).join('\n'),
    TRIES: String(options.servers),
  })
}

const serverPorts = (options: Pick<ClusterOptions, 'servers' | 'firstServerPort'>) =>
  Array.from({ length: options.servers }, (_, index) => options.firstServerPort + index)

/**
 * As root, nginx's workers run as `nobody`, which must own nginx's folder;
 * as anyone else they run as that user, and no `user` line is allowed.
 */
function workerUser(runtimeDir: string): string | null {
  if (process.getuid?.() !== 0) return null
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }))
  const uid = id('-u')
  const gid = id('-g')
  const group = execFileSync('id', ['-gn', 'nobody'], { encoding: 'utf8' }).trim()
  for (let dir = dirname(runtimeDir); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new ClusterError(
        `nginx's workers run as nobody, who cannot enter ${dir}: choose CLUSTER_DIR under a folder anyone may enter (such as /tmp), or \`chmod o+x ${dir}\`.`,
      )
    }
    if (dir === dirname(dir)) break
  }
  chownSync(runtimeDir, uid, gid)
  return `nobody ${group}`
}

/** Resolves once something accepts connections on the port, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, host = '127.0.0.1', timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, host)
      socket.once('connect', () => {
        socket.destroy()
        done(true)
      })
      socket.once('error', () => done(false))
    })
    if (open) return
    if (Date.now() > deadline)
      throw new ClusterError(`nothing listens on ${host}:${port} after ${timeoutMs} ms`)
    await new Promise((wait) => setTimeout(wait, 50))
  }
}

/** The exit of a child, whether it has happened already or not. */
function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((done) => child.once('exit', (code) => done(code)))
}

/** Prefixes each line a child prints, so the servers' logs can be told apart. */
function pipeLines(child: ChildProcess, name: string, log: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line) log(`${name}: ${line}`)
    })
  }
}

/** One `npm run serve` on a port, resolved once it listens. */
async function startServer(port: number, buildRoot: string, log: (line: string) => void) {
  const child = spawn(process.execPath, [SERVE], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BUILD_ROOT: buildRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const said: string[] = []
  pipeLines(child, `server ${port}`, (line) => {
    said.push(line)
    log(line)
  })
  const exited = exitOf(child).then((code) => {
    throw new ClusterError(
      `the server on port ${port} stopped before it was ready (exit ${code}): ${said.slice(-3).join(' | ')}`,
    )
  })
  await Promise.race([waitForPort(port), exited])
  exited.catch(() => {})
  return child
}

/**
 * How long a crashed server waits before it is started again: half a second,
 * doubling with each crash in a row up to 10 s, so a server that cannot
 * start (a broken build, a port taken) is tried again without a busy loop.
 * A server that ran for a minute starts the count again.
 */
export const RESTART = { firstDelayMs: 500, maxDelayMs: 10_000, healthyAfterMs: 60_000 }

export function restartDelay(crashesInARow: number): number {
  return Math.min(RESTART.firstDelayMs * 2 ** Math.max(0, crashesInARow - 1), RESTART.maxDelayMs)
}

/** One server's place in the cluster: what runs there, and whether it should. */
interface Slot {
  readonly port: number
  build: string
  child: ChildProcess | null
  /** A start under way (a restart, or a replace), so no second one begins. */
  starting: Promise<void> | null
  timer: ReturnType<typeof setTimeout> | null
  /** Set by halt(): the server stays down until replace() starts it. */
  halted: boolean
  crashes: number
  startedAt: number
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((line: string) => console.log(line))
  const nginx = findNginx(options.nginx)
  const runtimeDir = resolve(options.runtimeDir)
  rmSync(runtimeDir, { recursive: true, force: true })
  mkdirSync(runtimeDir, { recursive: true })
  const config = join(runtimeDir, 'nginx.conf')
  writeFileSync(config, clusterConfig({ ...options, runtimeDir }, workerUser(runtimeDir)))
  writeUnavailablePage(runtimeDir)

  // A configuration nginx refuses is said before any server starts.
  try {
    execFileSync(
      nginx,
      ['-t', '-q', '-p', runtimeDir, '-c', config, '-e', join(runtimeDir, 'error.log')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
    throw new ClusterError(`nginx refused the configuration ${config}: ${stderr || String(error)}`)
  }

  const slots: Slot[] = serverPorts(options).map((port) => ({
    port,
    build: resolve(options.buildRoot),
    child: null,
    starting: null,
    timer: null,
    halted: false,
    crashes: 0,
    startedAt: 0,
  }))
  let stopping = false

  // The supervisor: a server that exits by itself (a crash, the kernel's
  // OOM killer, a SIGKILL) is started again after restartDelay(); nginx
  // asks the others meanwhile, and serves what it kept if none answers.
  const supervise = (slot: Slot, child: ChildProcess) => {
    slot.child = child
    slot.startedAt = Date.now()
    child.once('exit', (code, signal) => {
      if (slot.child !== child) return // replaced or halted on purpose
      slot.child = null
      if (stopping || slot.halted) return
      if (Date.now() - slot.startedAt >= RESTART.healthyAfterMs) slot.crashes = 0
      slot.crashes += 1
      const delay = restartDelay(slot.crashes)
      log(
        `cluster: the server on port ${slot.port} stopped (${signal ?? `exit ${code}`}); starting it again in ${delay} ms`,
      )
      scheduleRestart(slot, delay)
    })
  }
  const scheduleRestart = (slot: Slot, delay: number) => {
    slot.timer = setTimeout(() => {
      slot.timer = null
      slot.starting = startServer(slot.port, slot.build, log)
        .then((child) => {
          if (stopping || slot.halted) {
            child.kill('SIGTERM')
            return
          }
          supervise(slot, child)
          log(`cluster: the server on port ${slot.port} is back`)
        })
        .catch((error: unknown) => {
          if (stopping || slot.halted) return
          slot.crashes += 1
          const next = restartDelay(slot.crashes)
          log(
            `cluster: the server on port ${slot.port} did not start again (${error instanceof Error ? error.message : String(error)}); trying again in ${next} ms`,
          )
          scheduleRestart(slot, next)
        })
        .finally(() => {
          slot.starting = null
        })
    }, delay)
    slot.timer.unref?.()
  }

  /** Stops what runs in a slot and keeps it from restarting by itself. */
  const clear = async (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    await slot.starting
    const child = slot.child
    slot.child = null
    if (child) {
      child.kill('SIGTERM')
      await exitOf(child)
    }
  }

  let nginxProcess: ChildProcess | null = null
  const stopAll = async () => {
    stopping = true
    const proxy = nginxProcess
    proxy?.kill('SIGTERM')
    await Promise.all([...slots.map(clear), proxy ? exitOf(proxy) : null])
  }
  try {
    for (const slot of slots) supervise(slot, await startServer(slot.port, slot.build, log))
    nginxProcess = spawn(
      nginx,
      ['-p', runtimeDir, '-c', config, '-e', join(runtimeDir, 'error.log'), '-g', 'daemon off;'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    pipeLines(nginxProcess, 'nginx', log)
    const early = exitOf(nginxProcess).then((code) => {
      const errors = readFileSync(join(runtimeDir, 'error.log'), 'utf8')
        .trim()
        .split('\n')
        .slice(-3)
      throw new ClusterError(`nginx stopped at once (exit ${code}): ${errors.join(' | ')}`)
    })
    await Promise.race([waitForPort(options.port, options.host), early])
    early.catch(() => {})
  } catch (error) {
    await stopAll()
    throw error
  }
  const proxy = nginxProcess

  const slotAt = (index: number) => {
    const slot = slots[index]
    if (!slot) throw new RangeError(`there is no server ${index}`)
    return slot
  }
  const replace = async (index: number, buildRoot: string) => {
    const slot = slotAt(index)
    slot.halted = true
    await clear(slot)
    slot.build = resolve(buildRoot)
    slot.crashes = 0
    const child = await startServer(slot.port, slot.build, log)
    slot.halted = false
    supervise(slot, child)
  }

  return {
    serverPorts: slots.map((slot) => slot.port),
    get serverBuilds() {
      return slots.map((slot) => slot.build)
    },
    kill(index) {
      slotAt(index).child?.kill('SIGKILL')
    },
    async halt(index) {
      const slot = slotAt(index)
      slot.halted = true
      await clear(slot)
    },
    running(index) {
      const child = slotAt(index).child
      return child !== null && child.exitCode === null && child.signalCode === null
    },
    replace,
    async roll(buildRoot) {
      for (const index of slots.keys()) await replace(index, buildRoot)
    },
    stop: stopAll,
    exited: exitOf(proxy),
  }
}

/**
 * The page nginx answers (503, Retry-After) when no server answers and it
 * kept no copy of the page: plain HTML, no script, no style, so its own
 * policy can forbid everything.
 */
function writeUnavailablePage(runtimeDir: string) {
  const dir = join(runtimeDir, 'pages')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'unavailable.html'), readFileSync(UNAVAILABLE_PAGE))
}

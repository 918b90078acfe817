import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'

/**
 * One step of the 10× bench in a process of its own, timed, with the peak
 * resident memory of its largest process (GNU time's %M: wait4's maxrss),
 * its output in a log beside the build, and the load average when it began,
 * since other work on the machine moves every figure.
 */

export interface StageFigures {
  readonly name: string
  readonly seconds: number
  /** User and system CPU time: on a shared machine, the step's own work where wall time is not. */
  readonly cpuSeconds: number
  readonly peakRssMb: number
  /** The 1-minute load average when the stage began. */
  readonly load: number
}

export const GNU_TIME = '/usr/bin/time'

export class StageError extends Error {}

export function runStage(
  name: string,
  command: readonly string[],
  options: { readonly cwd: string; readonly logs: string; readonly env?: NodeJS.ProcessEnv },
): StageFigures {
  if (!existsSync(GNU_TIME))
    throw new StageError(
      `${GNU_TIME} is missing: the 10× bench reads each step's peak memory from GNU time (apt-get install time)`,
    )
  mkdirSync(options.logs, { recursive: true })
  const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
  const log = join(options.logs, `${slug}.log`)
  const timeFile = join(options.logs, `${slug}.time`)
  const out = openSync(log, 'w')
  const load = loadavg()[0] ?? NaN
  try {
    const result = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, ...command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', out, out],
    })
    if (result.status !== 0)
      throw new StageError(`${name} failed (exit ${result.status ?? result.signal}): see ${log}`)
  } finally {
    closeSync(out)
  }
  // With a failure GNU time writes a line before its figures: they are the last line.
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? ''
  const [seconds, user, system, kb] = last.split(/\s+/).map(Number)
  return {
    name,
    seconds: seconds ?? NaN,
    cpuSeconds: (user ?? NaN) + (system ?? NaN),
    peakRssMb: (kb ?? NaN) / 1024,
    load,
  }
}

/** The same for a step run in this process: its time, and no memory of its own to read. */
export async function inProcess<T>(
  name: string,
  work: () => T | Promise<T>,
): Promise<[StageFigures, T]> {
  const load = loadavg()[0] ?? NaN
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(cpu)
  const seconds = (performance.now() - started) / 1000
  const cpuSeconds = (used.user + used.system) / 1e6
  return [{ name, seconds, cpuSeconds, peakRssMb: NaN, load }, value]
}

export interface FolderFigures {
  readonly files: number
  readonly bytes: number
}

/** Files and bytes under `dir`: each folder of data/ apart (`data/films`…), the rest as `other`. */
export function countFiles(dir: string): Record<string, FolderFigures> {
  const totals: Record<string, { files: number; bytes: number }> = {}
  const visit = (path: string, relative: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        visit(join(path, entry.name), rel)
        continue
      }
      const parts = rel.split('/')
      const key = parts[0] === 'data' && parts.length > 2 ? parts.slice(0, 2).join('/') : 'other'
      const total = (totals[key] ??= { files: 0, bytes: 0 })
      total.files += 1
      total.bytes += statSync(join(path, entry.name)).size
    }
  }
  visit(dir, '')
  return totals
}

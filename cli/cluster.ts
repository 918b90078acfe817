/**
 * `npm run cluster`: nginx as a cache in front of several servers of the
 * build in dist/, on one machine (deploy/cluster.ts).
 *
 *   PORT (default 8080) and HOST (default localhost): where nginx listens;
 *   SERVERS (default 2): how many servers, on ports SERVER_PORT (default
 *   PORT + 1) and up, on 127.0.0.1;
 *   BUILD_ROOT (default this repository): the folder holding dist/ and dist-ssr/;
 *   CLUSTER_DIR (default /dev/shm/film-explorer-cluster-<PORT>, in memory, or
 *   the same in the temporary folder): nginx's folder, its cache included;
 *   NGINX: the nginx binary, if not /usr/sbin/nginx or on the PATH.
 *
 * Ctrl+C or SIGTERM stops nginx and every server. SIGHUP replaces the
 * servers one by one on BUILD_ROOT (a symbolic link to the release to
 * serve, say), while nginx and the other servers keep answering.
 */
import { resolve } from 'node:path'
import { ClusterError, defaultClusterDir, startCluster } from '../deploy/cluster.ts'

function fail(message: string): never {
  console.error(`film-explorer cluster: ${message}`)
  process.exit(1)
}

function whole(name: string, fallback: number, min: number, max: number): number {
  const text = process.env[name]?.trim() || String(fallback)
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be a whole number from ${min} to ${max}, not “${text}”.`)
  }
  return value
}

const port = whole('PORT', 8080, 1, 65535)
const servers = whole('SERVERS', 2, 1, 32)
const firstServerPort = whole('SERVER_PORT', port + 1, 1, 65535 - servers + 1)
if (port >= firstServerPort && port < firstServerPort + servers) {
  fail(
    `PORT ${port} is one of the servers' ports (${firstServerPort}–${firstServerPort + servers - 1}); choose SERVER_PORT elsewhere.`,
  )
}
const host = process.env.HOST?.trim() || 'localhost'
const buildRoot = resolve(process.env.BUILD_ROOT?.trim() || resolve(import.meta.dirname, '..'))
const runtimeDir = resolve(process.env.CLUSTER_DIR?.trim() || defaultClusterDir(port))

const cluster = await startCluster({
  host,
  port,
  servers,
  firstServerPort,
  buildRoot,
  runtimeDir,
}).catch((error: unknown) => fail(error instanceof ClusterError ? error.message : String(error)))

console.log(
  `Film Explorer is running at http://${host}:${port}/ through nginx (cache in ${runtimeDir}), in front of ${servers} servers on 127.0.0.1:${cluster.serverPorts.join(', ')} (Ctrl+C to stop; \`kill -HUP ${process.pid}\` to restart the servers one by one)`,
)

let stopping = false
async function stop(code: number) {
  if (stopping) process.exit(1)
  stopping = true
  console.log('film-explorer cluster: stopping nginx and the servers')
  await cluster.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
let rolling: Promise<void> | null = null
process.on('SIGHUP', () => {
  if (rolling) return console.log('film-explorer cluster: a restart is already under way')
  console.log(`film-explorer cluster: replacing the servers one by one on ${buildRoot}`)
  rolling = cluster
    .roll(buildRoot)
    .then(() => console.log('film-explorer cluster: every server restarted'))
    .catch((error: unknown) =>
      console.error(`film-explorer cluster: the restart failed: ${String(error)}`),
    )
    .finally(() => (rolling = null))
})
void cluster.exited.then((code) => {
  if (stopping) return
  console.error(`film-explorer cluster: nginx stopped (exit ${code}); stopping the servers`)
  void stop(1)
})

import { SERVER_TIMEOUTS } from '../server/static-server.ts'
import {
  ClusterError,
  clusterConfig,
  findNginx,
  renderConfig,
  RESTART,
  restartDelay,
} from './cluster.ts'

const OPTIONS = {
  host: '127.0.0.1',
  port: 8080,
  servers: 3,
  firstServerPort: 8081,
  runtimeDir: '/tmp/cluster-test',
}

describe('the nginx configuration', () => {
  const config = clusterConfig(OPTIONS, null)

  it('fills in every value of the template', () => {
    expect(config).not.toMatch(/\{\{[A-Z_]+\}\}/)
    expect(config).toContain('listen 127.0.0.1:8080;')
    for (const port of [8081, 8082, 8083]) expect(config).toContain(`server 127.0.0.1:${port} `)
    expect(config).not.toContain('8084')
    expect(config).toContain('proxy_next_upstream_tries 3;')
    expect(config).toContain('proxy_cache_path /tmp/cluster-test/cache ')
  })

  it('runs its workers as nobody only when started as root', () => {
    expect(config).not.toMatch(/^user /m)
    expect(clusterConfig(OPTIONS, 'nobody nogroup')).toMatch(/^user nobody nogroup;$/m)
  })

  it('keys the cache on the coding the server will send and on the tab’s build', () => {
    expect(config).toMatch(/proxy_cache_key "[^"]*\$film_coding[^"]*\$http_x_build_id"/)
    expect(config).toContain('proxy_set_header Accept-Encoding $film_coding;')
  })

  it('closes idle connections to the servers before the servers do', () => {
    const seconds = Number(/keepalive_timeout (\d+)s;/.exec(config)?.[1])
    expect(seconds * 1000).toBeLessThan(SERVER_TIMEOUTS.keepAliveTimeout)
  })

  it('asks the next server for a hashed file or data one server does not have', () => {
    for (const location of ['/assets/', '/data/']) {
      const block = new RegExp(`location ${location} \\{([^}]*)\\}`).exec(config)?.[1] ?? ''
      expect(block, location).toMatch(/proxy_next_upstream [^;]*http_404/)
    }
    expect(/location \/ \{([^}]*)\}/.exec(config)?.[1]).not.toContain('http_404')
  })

  it('tells the servers it can ask another, in every location', () => {
    expect(config).toMatch(/^ {4}set \$film_strict 1;$/m)
    expect(config).toContain('proxy_set_header X-Build-Strict $film_strict;')
    // A location with a proxy_set_header of its own would drop all of the server's.
    for (const block of config.matchAll(/location [^{]+\{([^}]*)\}/g)) {
      expect(block[1]).not.toContain('proxy_set_header')
    }
  })

  it('answers a page no server gave and nginx did not keep with a 503 that says so', () => {
    const page = /location \/ \{([^}]*)\}/.exec(config)?.[1] ?? ''
    expect(page).toContain('error_page 502 504 =503 /_cluster/unavailable.html;')
    const block = /location = \/_cluster\/unavailable\.html \{([^}]*)\}/.exec(config)?.[1] ?? ''
    expect(block).toContain('internal;')
    expect(block).toContain('alias /tmp/cluster-test/pages/unavailable.html;')
    expect(block).toMatch(/add_header Retry-After \d+ always;/)
  })

  it('refuses a template value it was not given', () => {
    expect(() => renderConfig('listen {{PORT}};', {})).toThrow(/\{\{PORT\}\}/)
  })
})

describe('findNginx', () => {
  it('says what is wrong with a binary that is not there', () => {
    expect(() => findNginx('/nonexistent/nginx')).toThrow(ClusterError)
    expect(() => findNginx('/nonexistent/nginx')).toThrow(/NGINX=\/nonexistent\/nginx/)
  })
})

describe('restartDelay', () => {
  it('waits longer after each crash in a row, up to its ceiling', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map(restartDelay)
    expect(delays[0]).toBe(RESTART.firstDelayMs)
    for (const [index, delay] of delays.entries()) {
      if (index > 0) expect(delay).toBeGreaterThanOrEqual(delays[index - 1] ?? 0)
    }
    expect(delays.at(-1)).toBe(RESTART.maxDelayMs)
    expect(restartDelay(100)).toBe(RESTART.maxDelayMs)
  })
})

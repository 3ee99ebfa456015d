/** What the benchmark reads off the machine: the process on a port (/proc), and nginx's access log. */
import {existsSync, readFileSync, readdirSync, readlinkSync} from 'node:fs'

/** The pid listening on a loopback TCP port, found as an operator would, without ss or lsof. */
export function listenerPid(port: number): number | null {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols[1]?.endsWith(hex) && cols[3] === '0A') inodes.add(cols[9])
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '')) return Number(pid)
      }
    } catch {
      // gone, or not ours
    }
  }
  return null
}

/** How many distinct instances answered each of these client addresses' POSTs, as "n readers on k instances". */
export function upstreamsOf(accessLog: string, addresses: string[]): string {
  if (!existsSync(accessLog)) return `(no ${accessLog})`
  const wanted = new Set(addresses)
  const byReader = new Map<string, Set<string>>()
  for (const line of readFileSync(accessLog, 'utf8').split('\n')) {
    const address = line.split(' ', 1)[0]
    const upstream = /upstream=(\S+)/.exec(line)?.[1]
    if (!wanted.has(address) || !upstream || !line.includes('"POST ')) continue
    byReader.set(address, (byReader.get(address) ?? new Set()).add(upstream))
  }
  const histogram = new Map<number, number>()
  for (const set of byReader.values()) histogram.set(set.size, (histogram.get(set.size) ?? 0) + 1)
  return [...histogram]
    .sort(([a], [b]) => b - a)
    .map(([k, n]) => `${n} readers on ${k} instance${k === 1 ? '' : 's'}`)
    .join(', ')
}

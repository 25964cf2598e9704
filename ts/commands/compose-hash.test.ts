import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../test/cli'

describe('appauth compose-hash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'appauth-compose-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const compose = '{\n  "manifest_version": 2,\n  "name": "myapp",\n  "runner": "docker-compose",\n  "docker_compose_file": "services: {}\\n"\n}\n'
  writeFileSync(join(dir, 'app-compose.json'), compose)

  it("is the sha256 of the file's exact bytes", async () => {
    const { code, stdout } = await runCli(['compose-hash', 'app-compose.json'], { cwd: dir })
    expect(code).toBe(0)
    expect(stdout).toBe(`0x${createHash('sha256').update(compose).digest('hex')}\n`)
  })

  it('changes with a single whitespace byte (no re-serialisation)', async () => {
    writeFileSync(join(dir, 'reformatted.json'), compose.replace('\n}', '}'))
    const [a, b] = await Promise.all([runCli(['compose-hash', 'app-compose.json'], { cwd: dir }), runCli(['compose-hash', join(dir, 'reformatted.json')], { cwd: dir })])
    expect(a.stdout).not.toBe(b.stdout)
  })

  it('prints JSON with --json, without needing a chain', async () => {
    const { code, json } = await runCli(['--json', 'compose-hash', 'app-compose.json'], { cwd: dir })
    expect(code).toBe(0)
    expect(json()).toEqual({ file: 'app-compose.json', composeHash: `0x${createHash('sha256').update(compose).digest('hex')}` })
  })

  it('says which file it cannot read', async () => {
    const { code, stderr } = await runCli(['compose-hash', 'missing.json'], { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toBe(`error: cannot read ${join(dir, 'missing.json')}: ENOENT\n`)
  })
})

// The DevProof story on the embedded local chain, told with the appauth CLI: every step below is
// one `appauth` command, run exactly as typed (in this process, to keep the demo quick), against a
// local chain that is saved after each command and reloaded by the next.
//
//   npm run demo            # throwaway data folder
//   npm run demo -- --keep  # keep it, to go on with `APPAUTH_HOME=<folder> npm run -s appauth -- ...`
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { demoSession } from './demo-session'
import { devPrivateKey } from './lib/local-chain'
import type { Stream } from './runtime/output'

/** dstack's OS image and the TEE's device id, as a KMS would report them (synthetic values). */
const osImage = `0x${'3fca2aab5217d4970f621e7a27a2f455e0bf568d071e68f839c43976dfbf29ac'}`
const device = `0x${'03204de92e11fc8c528139be419065920eb83dbff1a4663bbea455aa6e9702bd'}`

function appCompose(image: string): string {
  return `${JSON.stringify(
    {
      manifest_version: 2,
      name: 'myapp',
      runner: 'docker-compose',
      docker_compose_file: `services:\n  app:\n    image: ${image}\n    ports: ["8080:8080"]\n`,
      kms_enabled: true,
      gateway_enabled: true,
      public_logs: true,
      public_sysinfo: true,
      allowed_envs: [],
      no_instance_id: false,
      secure_time: true,
    },
    null,
    2,
  )}\n`
}

export type DemoOptions = { out: Stream; keep?: boolean }

/** Runs the demo, printing to `out`; resolves to 0 when every step behaved as the story says. */
export async function runDemo({ out, keep = false }: DemoOptions): Promise<number> {
  const { home, say, heading, appauth, end } = demoSession('appauth-demo-', out)

  try {
    say('DevProof AppAuth demo: a dstack app whose code cannot change without notice')
    say(`(embedded local chain; its state lives in ${home} between commands)`)
    writeFileSync(join(home, 'app-compose.v1.json'), appCompose('ghcr.io/example/myapp:1.0.0'))
    writeFileSync(join(home, 'app-compose.v2.json'), appCompose('ghcr.io/example/myapp:2.0.0'))

    heading('Deploy the local KMS (the DstackKms stand-in) and allow the dstack OS image')
    await appauth(['kms', 'deploy'])
    await appauth(['kms', 'allow-os', osImage])

    heading('Deploy the app\'s AppAuth: a timelock with a 7-day notice period, allowing v1 on our TEE')
    const v1 = await appauth(['compose-hash', 'app-compose.v1.json'])
    await appauth(['deploy', 'timelock', '--name', 'myapp', '--notice', '7d', '--compose-hash', v1, '--device', device, '--require-tcb'])

    heading('Register the app with the KMS')
    await appauth(['kms', 'register', 'myapp'])

    const boot = (composeHash: string) => ['simulate-boot', '--app', 'myapp', '--compose-hash', composeHash, '--device', device, '--os-image', osImage]
    heading('Boot v1: the KMS asks the AppAuth, which allows it')
    await appauth(boot(v1))

    heading('The developer proposes v2: it is announced, not allowed')
    const v2 = await appauth(['compose-hash', 'app-compose.v2.json'])
    await appauth(['propose', 'myapp', v2, '--uri', 'git+https://github.com/example/myapp@v2.0.0'])

    heading('Boot v2 during the notice period: denied, and everyone can see when it would change')
    await appauth(boot(v2), 1)

    heading('Nobody can cut the wait short, not even the owner')
    await appauth(['activate', 'myapp', v2], 2)

    heading('Users who do not accept v2 leave, or opt out, during the notice window')
    await appauth(['deploy', 'optout', 'myapp', '--name', 'myapp-optout'])
    // A user, not the developer: anvil's dev account 1.
    await appauth(['--private-key', devPrivateKey(1), 'opt-out', 'myapp-optout', v2])

    heading('Seven days pass')
    await appauth(['time', 'advance', '7d'])

    heading('Anyone activates v2: it takes effect now, in a block everybody saw coming')
    await appauth(['activate', 'myapp', v2])

    heading('Boot v2: allowed')
    await appauth(boot(v2))

    heading('What the AppAuth allows now, and everything that happened to it')
    await appauth(['status', 'myapp'])
    await appauth(['history', 'myapp'])

    return end(undefined, keep)
  } catch (error) {
    return end(error, keep)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runDemo({ out: process.stdout, keep: process.argv.includes('--keep') })
}

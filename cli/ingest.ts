import { runIngest } from './ingest-cli.ts'

process.exitCode = await runIngest(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})

import { progress } from './progress.ts'

const capture = (isTTY: boolean) => {
  const written: string[] = []
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } }
}

describe('progress', () => {
  it('updates one line in place on a terminal', () => {
    const { written, stream } = capture(true)
    const p = progress(stream)
    p.update('writing 500 of 1000')
    p.line('write: 1.2 s')
    expect(written).toEqual(['\r\u001b[Kwriting 500 of 1000', '\r\u001b[Kwrite: 1.2 s\n'])
  })

  it('prints plain lines, and no updates, elsewhere', () => {
    const { written, stream } = capture(false)
    const p = progress(stream)
    p.update('writing 500 of 1000')
    p.line('write: 1.2 s')
    expect(written).toEqual(['write: 1.2 s\n'])
  })
})

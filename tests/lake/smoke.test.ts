/** @jest-environment node */
import {startTestLake, type TestLake} from '../support/lake'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

test('a created document reads back through the client', async () => {
  const created = await t.writer.create({_type: 'note', text: 'hello'})
  expect(await t.anon.getDocument(created._id)).toMatchObject({_type: 'note', text: 'hello', _rev: created._rev})
})

/** @jest-environment node */
import type {ArticleCard} from '@/lib/queries/fragments'
import {mergeRanked} from '@/lib/queries/rankings'
import {card as fixtureCard} from '../components/fixtures'

const card = (id: string, extra: Record<string, unknown> = {}) =>
  ({...fixtureCard(id), _id: id, ...extra}) as ArticleCard

const ids = (cards: ArticleCard[]) => cards.map((c) => c._id)

test('keeps the first occurrence of each article, in list order', () => {
  expect(
    ids(
      mergeRanked(
        [
          [card('a'), card('b')],
          [card('b'), card('c')],
          [card('a'), card('d')],
        ],
        10,
      ),
    ),
  ).toEqual(['a', 'b', 'c', 'd'])
})

test('stops at the limit', () => {
  expect(ids(mergeRanked([[card('a'), card('b'), card('c')], [card('d')]], 2))).toEqual(['a', 'b'])
})

test('fewer candidates than the limit: all of them', () => {
  expect(ids(mergeRanked([[], [card('x')], []], 5))).toEqual(['x'])
})

test('strips the ranking field from cards that carry one', () => {
  const [merged] = mergeRanked([[card('a', {recent: 3, commentCount: 9})]], 5)
  expect(merged).not.toHaveProperty('recent')
  expect(merged.commentCount).toBe(9)
})

test('a limit of zero gives nothing', () => {
  expect(mergeRanked([[card('a')]], 0)).toEqual([])
})

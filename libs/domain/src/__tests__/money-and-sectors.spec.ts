import fc from 'fast-check';
import { fromCents, isAmount, sumAmounts, toCents } from '../money';
import { sectorAllocationProblem } from '../sector-allocation';

describe('money', () => {
  it.each([
    ['0', 0n],
    ['12', 1200n],
    ['12.5', 1250n],
    ['12.05', 1205n],
    ['-3.10', -310n],
    ['99999999999999.99', 9999999999999999n],
  ])('%s → %s cents', (amount, cents) => expect(toCents(amount)).toBe(cents));

  it.each(['', '1.234', '1,5', 'abc', '1e3', '.5'])('rejects %s', (text) => expect(isAmount(text)).toBe(false));

  it('round-trips any amount of cents', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => expect(toCents(fromCents(cents))).toBe(cents)));
  });

  it('adds exactly where floats would not', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(Array(10).fill('0.10'))).toBe('1.00');
  });
});

describe('sectorAllocationProblem', () => {
  it('accepts shares summing to exactly 100', () => {
    expect(sectorAllocationProblem([{ sectorCode: '14010', percentage: '100' }])).toBeNull();
    expect(sectorAllocationProblem([
      { sectorCode: '14010', percentage: '33.33' },
      { sectorCode: '14020', percentage: '33.33' },
      { sectorCode: '14030', percentage: '33.34' },
    ])).toBeNull();
  });

  it.each([
    [[], { kind: 'EMPTY' }],
    [[{ sectorCode: '14010', percentage: '60' }, { sectorCode: '14020', percentage: '30' }], { kind: 'NOT_100', total: '90.00' }],
    [[{ sectorCode: '14010', percentage: '60' }, { sectorCode: '14010', percentage: '40' }], { kind: 'DUPLICATE', sectorCode: '14010' }],
    [[{ sectorCode: '14010', percentage: '0' }, { sectorCode: '14020', percentage: '100' }], { kind: 'OUT_OF_RANGE', sectorCode: '14010' }],
    [[{ sectorCode: '14010', percentage: '101' }], { kind: 'OUT_OF_RANGE', sectorCode: '14010' }],
  ])('%j → %j', (shares, problem) => expect(sectorAllocationProblem(shares)).toEqual(problem));

  it('accepts any split of 100.00 into positive parts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 }), (weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const parts = weights.map((weight) => Math.floor((weight * 10_000) / total));
        parts[0] += 10_000 - parts.reduce((a, b) => a + b, 0);
        fc.pre(parts.every((part) => part > 0));
        const shares = parts.map((part, index) => ({ sectorCode: String(10000 + index), percentage: fromCents(BigInt(part)) }));
        expect(sectorAllocationProblem(shares)).toBeNull();
      }),
    );
  });
});

import { Memo } from '../memo';

describe('Memo', () => {
    it('computes once per set of inputs, and keeps the same object while its content is the same', () => {
        const memo = new Memo<{ visible: boolean; names: string[] }>();
        const compute = jest.fn((visible: boolean) => ({ visible, names: ['a', 'b'] }));
        const first = memo.get(['form 1', 1], () => compute(true));
        expect(memo.get(['form 1', 1], () => compute(true))).toBe(first);
        expect(compute).toHaveBeenCalledTimes(1);

        // Other inputs, same content: computed again, the same object given back.
        expect(memo.get(['form 2', 1], () => compute(true))).toBe(first);
        expect(compute).toHaveBeenCalledTimes(2);

        // Other content: the new object.
        const changed = memo.get(['form 3', 1], () => compute(false));
        expect(changed).not.toBe(first);
        expect(changed).toEqual({ visible: false, names: ['a', 'b'] });
        expect(memo.get(['form 3', 1, 'more'], () => compute(true))).toEqual({
            visible: true,
            names: ['a', 'b'],
        });
    });

    it('keeps a null or an empty value as well', () => {
        const memo = new Memo<string[] | null>();
        expect(memo.get([1], () => null)).toBeNull();
        expect(memo.get([2], () => [])).toEqual([]);
    });
});

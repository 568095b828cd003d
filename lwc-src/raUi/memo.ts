/**
 * A value derived from others, computed again only when one of them changed (compared with
 * `===`), and kept as the same object when the new one has the same content: a template that
 * passes it to a child or a base component gives the same object on each render, so a keystroke
 * re-renders only what it changed.
 */
export class Memo<T> {
    private inputs: readonly unknown[] | null = null;
    private value: T | undefined;
    private json = '';

    get(inputs: readonly unknown[], compute: () => T): T {
        const previous = this.inputs;
        if (
            previous !== null &&
            previous.length === inputs.length &&
            previous.every((input, index) => input === inputs[index])
        ) {
            return this.value as T;
        }
        this.inputs = inputs;
        const next = compute();
        const json = JSON.stringify(next) ?? '';
        if (previous === null || json !== this.json) {
            this.value = next;
            this.json = json;
        }
        return this.value as T;
    }
}

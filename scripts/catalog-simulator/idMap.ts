/**
 * Records keyed by ids that clients choose or send (change set ids, entity ids, client request
 * tokens, S3 keys, operation names): `constructor`, `__proto__` or `toString` are ids like any
 * other. An id map has no prototype, and a lookup reads own properties only, so no id ever
 * reaches `Object.prototype`, whether the map was built here or read back from JSON.
 */
export type IdMap<T> = Record<string, T>;

export function idMap<T>(entries: Iterable<readonly [string, T]> = []): IdMap<T> {
    const map = Object.create(null) as IdMap<T>;
    for (const [id, value] of entries) {
        map[id] = value;
    }
    return map;
}

/** The value of an own property of any object (an id map or parsed JSON), or undefined. */
export function lookUp<T>(map: Readonly<Record<string, T>>, id: string): T | undefined {
    return Object.hasOwn(map, id) ? map[id] : undefined;
}

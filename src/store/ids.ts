/** A random id for a new record (crypto.randomUUID exists in workers, pages and Node 20). */
export const newId = (): string => crypto.randomUUID();

/** Page sizes of the root connections, shared by the list arguments and the cost limit. */

/** Largest page a client may ask for; beyond it, `first` is a BAD_USER_INPUT error. */
export const MAX_PAGE_SIZE = 200;

export const DEFAULT_PAGE_SIZE = 50;

/** The record does not exist *for this actor* — out of scope and missing look the same. */
export class NotFoundError extends Error {
  constructor() {
    super("Not found");
    this.name = "NotFoundError";
  }
}

/**
 * Someone else saved the record since the actor read it (optimistic concurrency). Carries who
 * and when, for "this case was changed by X at HH:MM — reload".
 */
export class ConflictError extends Error {
  constructor(
    readonly changedByName: string | null,
    readonly changedAt: Date,
  ) {
    super("Conflict");
    this.name = "ConflictError";
  }
}

/** The action is not possible in the record's current state (e.g. editing a closed case). */
export class InvalidStateError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "InvalidStateError";
  }
}

/** Too many attempts under a rate limit (lib/rate-limit): try again in that many minutes. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterMinutes: number) {
    super("Rate limited");
    this.name = "RateLimitedError";
  }
}

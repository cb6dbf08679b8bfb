/** The record does not exist *for this actor* — out of scope and missing look the same. */
export class NotFoundError extends Error {
  constructor() {
    super("Not found");
    this.name = "NotFoundError";
  }
}

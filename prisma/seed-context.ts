/** Ids the seed modules share, by natural key: user email (lower-case), organisation and centre code. */
export type SeedContext = {
  users: Map<string, string>;
  organisations: Map<string, string>;
  centres: Map<string, string>;
};

// CI guard: fails when prisma/schema.prisma has changes that no migration contains.
import { diffSnapshotToSchema, hasStatements } from "./lib/schema-diff";

diffSnapshotToSchema()
  .then((sql) => {
    if (hasStatements(sql)) {
      console.error("prisma/schema.prisma has changes without a migration. Run: npm run db:migration -- <name>\n" + sql);
      process.exit(1);
    }
    console.log("Migrations match the schema.");
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

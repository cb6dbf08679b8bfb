-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "nameAr" TEXT;


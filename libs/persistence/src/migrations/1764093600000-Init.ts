import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records when this installation was created and which schema generation it started from,
 * so support questions ("how old is this database?") have an answer without guessing.
 */
export class Init1764093600000 implements MigrationInterface {
  name = 'Init1764093600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "installation" (
        "id" smallint NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_installation" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_installation_single_row" CHECK ("id" = 1)
      )`);
    await queryRunner.query(`INSERT INTO "installation" ("id") VALUES (1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "installation"`);
  }
}

import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { getPublishedVersion } from "./get-procedure-version.ts";
import { procedureNotFound } from "./procedure-store.ts";

/**
 * The procedure page (LKP-2): the published version in full — what to prepare, how long, fees,
 * where to go (agencies with address and duty officer), forms. Unpublished procedures are 404.
 */
export async function getPublicProcedure(db: Db, idOrCode: string): Promise<PublicProcedure> {
  const detail = await getPublishedVersion(db, idOrCode);
  if (!detail?.publishedAt) throw procedureNotFound();
  const { procedureId, status, createdAt, createdBy, updatedAt, retiredAt, publishedAt, ...content } = detail;
  return { id: procedureId, publishedAt, ...content };
}

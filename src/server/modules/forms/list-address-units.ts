import type { AddressUnits } from "../../../contracts/forms.ts";
import type { Db } from "../../db/database.ts";
import { loadAddressDirectory } from "./load-address-directory.ts";

/** Provinces, and the communes of one province, for the address fields of e-forms. */
export async function listAddressUnits(db: Db, provinceCode: string | undefined): Promise<AddressUnits> {
  const directory = await loadAddressDirectory(db, provinceCode ? [provinceCode] : []);
  return { provinces: [...directory.provinces], communes: [...directory.communes] };
}

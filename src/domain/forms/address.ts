/**
 * Addresses in the two-tier local administration in force from 01/7/2025: a province-level unit
 * (tỉnh, thành phố) and a commune-level unit (xã, phường, đặc khu), no district. The lists are
 * data supplied by the deployment (the server's `administrative_unit` table), not code: pass the
 * part of the directory that covers the provinces of a submission and the codes are checked;
 * without a directory only the shape of an address is checked.
 */
export interface AdministrativeUnit {
  code: string;
  name: string;
}

export interface CommuneUnit extends AdministrativeUnit {
  provinceCode: string;
}

export interface AddressDirectory {
  provinces: readonly AdministrativeUnit[];
  communes: readonly CommuneUnit[];
}

/** An address as a form keeps it. */
export interface AddressValue {
  provinceCode: string;
  communeCode: string;
  /** Số nhà, đường, tổ dân phố, thôn, xóm… */
  street?: string;
}

export interface DirectoryIndex {
  province(code: string): AdministrativeUnit | undefined;
  commune(code: string): CommuneUnit | undefined;
}

const indexes = new WeakMap<AddressDirectory, DirectoryIndex>();

/** Lookups by code, built once per directory object. */
export function indexDirectory(directory: AddressDirectory): DirectoryIndex {
  let index = indexes.get(directory);
  if (!index) {
    const provinces = new Map(directory.provinces.map((p) => [p.code, p]));
    const communes = new Map(directory.communes.map((c) => [c.code, c]));
    index = { province: (code) => provinces.get(code), commune: (code) => communes.get(code) };
    indexes.set(directory, index);
  }
  return index;
}

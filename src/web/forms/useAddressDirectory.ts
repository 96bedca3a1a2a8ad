import { useEffect, useMemo, useState } from "react";
import type { AddressDirectory, AdministrativeUnit, CommuneUnit } from "../../domain/forms/address.ts";
import { formsApi } from "../api-client/forms.ts";

/** Loaded once per page view: the list of provinces and each province's communes, by code. */
let provincesRequest: Promise<AdministrativeUnit[]> | null = null;
const communeRequests = new Map<string, Promise<CommuneUnit[]>>();

function loadProvinces(): Promise<AdministrativeUnit[]> {
  provincesRequest ??= formsApi.addressUnits(null).then(
    (units) => units.provinces,
    (error: unknown) => {
      provincesRequest = null;
      throw error;
    },
  );
  return provincesRequest;
}

function loadCommunes(provinceCode: string): Promise<CommuneUnit[]> {
  let request = communeRequests.get(provinceCode);
  if (!request) {
    request = formsApi.addressUnits(provinceCode).then(
      (units) => units.communes.filter((c) => c.provinceCode === provinceCode),
      (error: unknown) => {
        communeRequests.delete(provinceCode);
        throw error;
      },
    );
    communeRequests.set(provinceCode, request);
  }
  return request;
}

export interface AddressLists {
  provinces: readonly AdministrativeUnit[] | null;
  /** The communes of a province; null while they load. */
  communesOf: (provinceCode: string) => readonly CommuneUnit[] | null;
  /**
   * The part of the directory covering every chosen province, for `validateSubmission`; undefined
   * while some of it loads (then only the shape of addresses is checked, never "unknown commune").
   */
  directory: AddressDirectory | undefined;
  failed: boolean;
}

/** The provinces, and the communes of the provinces chosen in the form (`/api/forms/address-units`). */
export function useAddressDirectory(enabled: boolean, chosenProvinces: readonly string[]): AddressLists {
  const [provinces, setProvinces] = useState<AdministrativeUnit[] | null>(null);
  const [communes, setCommunes] = useState<ReadonlyMap<string, CommuneUnit[]>>(new Map());
  const [failed, setFailed] = useState(false);
  const wanted = [...new Set(chosenProvinces)].sort().join(",");

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadProvinces().then(
      (list) => live && setProvinces(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled || wanted === "") return;
    let live = true;
    for (const code of wanted.split(",")) {
      loadCommunes(code).then(
        (list) => live && setCommunes((known) => (known.has(code) ? known : new Map(known).set(code, list))),
        () => live && setFailed(true),
      );
    }
    return () => {
      live = false;
    };
  }, [enabled, wanted]);

  const directory = useMemo((): AddressDirectory | undefined => {
    if (!provinces) return undefined;
    const codes = wanted === "" ? [] : wanted.split(",");
    // A code that is not a province needs no communes to be reported as unknown.
    const needed = codes.filter((code) => provinces.some((p) => p.code === code));
    if (!needed.every((code) => communes.has(code))) return undefined;
    return { provinces, communes: needed.flatMap((code) => communes.get(code) ?? []) };
  }, [provinces, communes, wanted]);

  return {
    provinces,
    communesOf: (code) => communes.get(code) ?? null,
    directory,
    failed,
  };
}

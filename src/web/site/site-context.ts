import { createContext } from "react";
import type { PublicSite } from "../../contracts/site.ts";

/** The deployment's facts (`GET /api/public/site`): asked once at start, shared by every page. */
export type SiteState = { status: "loading" } | { status: "error" } | { status: "ready"; site: PublicSite };

export const SiteContext = createContext<SiteState>({ status: "loading" });

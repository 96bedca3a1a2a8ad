import { DEMO_EID_PASSWORD } from "../../../db/seed/demo-citizens.ts";

interface StoredCookie {
  value: string;
  path: string;
  host: string;
}

export interface Hop {
  method: string;
  url: string;
  status: number;
  location?: string;
}

export interface Page {
  url: string;
  status: number;
  headers: Headers;
  body: string;
  /** Every request made on the way, redirects included. */
  hops: Hop[];
}

/**
 * A minimal browser for tests: a cookie jar (host and path aware) and redirects followed by hand,
 * so a test can stop anywhere in the OpenID flow and look at (or tamper with) what is sent.
 */
export class TestBrowser {
  readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly accept = "text/html,application/json;q=0.9") {}

  cookieHeader(url: string): string {
    const { host, pathname } = new URL(url);
    return [...this.cookies.entries()]
      .filter(([, c]) => c.host === host && pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join("; ");
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  /** One request, no redirect followed; cookies stored. */
  async request(url: string, init: { method?: string; form?: Record<string, string>; accept?: string } = {}) {
    const headers: Record<string, string> = { accept: init.accept ?? this.accept };
    const cookie = this.cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    if (init.form) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(url, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      redirect: "manual",
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    this.store(url, response.headers.getSetCookie());
    return response;
  }

  /**
   * Requests `url` and follows redirects (as a browser: 302/303 become GET) until a page that is
   * not a redirect, or until `stopBefore` says the next URL must not be requested.
   */
  async open(
    url: string,
    init: { method?: string; form?: Record<string, string>; accept?: string } = {},
    stopBefore?: (next: URL) => boolean,
  ): Promise<Page> {
    const hops: Hop[] = [];
    let current = url;
    let request = init;
    for (let i = 0; i < 20; i++) {
      const response = await this.request(current, request);
      const location = response.headers.get("location") ?? undefined;
      hops.push({
        method: request.method ?? (request.form ? "POST" : "GET"),
        url: current,
        status: response.status,
        ...(location ? { location } : {}),
      });
      if (response.status < 300 || response.status >= 400 || !location) {
        return {
          url: current,
          status: response.status,
          headers: response.headers,
          body: await response.text(),
          hops,
        };
      }
      await response.body?.cancel();
      const next = new URL(location, current);
      if (stopBefore?.(next)) {
        return { url: current, status: response.status, headers: response.headers, body: "", hops };
      }
      current = next.href;
      request = { ...(init.accept ? { accept: init.accept } : {}) };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  private store(url: string, setCookies: string[]): void {
    const { host } = new URL(url);
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";").map((p) => p.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const maxAge = attr("max-age");
      const expires = attr("expires");
      const gone =
        value === "" ||
        (maxAge !== undefined && Number(maxAge) <= 0) ||
        (expires && Date.parse(expires) < Date.now());
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attr("path") ?? "/", host });
    }
  }
}

/** The form `action` of the page whose path ends with `suffix` (login, consent, abort). */
export function formAction(page: Page, suffix: string): string {
  const actions = [...page.body.matchAll(/action="([^"]+)"/g)].map((m) => m[1] ?? "");
  const action = actions.find((a) => a.endsWith(`/${suffix}`));
  if (!action)
    throw new Error(`no ${suffix} form on ${page.url} (${page.status}):\n${page.body.slice(0, 500)}`);
  return new URL(action.replaceAll("&amp;", "&"), page.url).href;
}

/** Opens the sign-in of motcua at `baseUrl` and stops on the e-ID simulator's login page. */
export async function openEidLogin(browser: TestBrowser, baseUrl: string, returnTo?: string): Promise<Page> {
  const query = returnTo === undefined ? "" : `?returnTo=${encodeURIComponent(returnTo)}`;
  return browser.open(`${baseUrl}/api/citizen/auth/start${query}`);
}

const isCallback = (url: URL) => url.pathname === "/api/citizen/auth/callback";

/**
 * The whole sign-in as a citizen would do it: start, log in at the e-ID with an ID number and the
 * password, consent; stops just before the provider's redirect to motcua's callback, whose URL
 * (with code and state) is returned for the test to follow, tamper with or replay.
 */
export async function signInUntilCallback(
  browser: TestBrowser,
  baseUrl: string,
  identityNumber: string,
  returnTo?: string,
): Promise<string> {
  const login = await openEidLogin(browser, baseUrl, returnTo);
  const consent = await browser.open(
    formAction(login, "login"),
    { form: { identityNumber, password: DEMO_EID_PASSWORD } },
    isCallback,
  );
  const atCallback = consent.hops.at(-1)?.location
    ? consent
    : await browser.open(formAction(consent, "consent"), { form: {} }, isCallback);
  const location = atCallback.hops.at(-1)?.location;
  if (!location || !isCallback(new URL(location, atCallback.url))) {
    throw new Error(`the e-ID did not return to the callback:\n${JSON.stringify(atCallback.hops, null, 1)}`);
  }
  return new URL(location, atCallback.url).href;
}

/** Signs in and follows the callback to `returnTo`; returns the final page. */
export async function signInWithEid(
  browser: TestBrowser,
  baseUrl: string,
  identityNumber: string,
  returnTo = "/api/citizen/me",
): Promise<Page> {
  const callback = await signInUntilCallback(browser, baseUrl, identityNumber, returnTo);
  return browser.open(callback, { accept: "application/json" });
}

import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";

/**
 * A page's request kept in its address (shareable, survives a reload), read with `read` and
 * written with `write`. Changes made in quick succession (a date typed, then a grouping chosen
 * before the page re-rendered) build on one another instead of the last render's stale request.
 */
export function useSearchRequest<Request>(
  read: (params: URLSearchParams) => Request,
  write: (request: Request) => URLSearchParams,
): [Request, (change: Partial<Request>) => void] {
  const [params, setParams] = useSearchParams();
  const request = read(params);
  const latest = useRef(request);
  useEffect(() => {
    latest.current = request;
  });
  const ask = (change: Partial<Request>) => {
    latest.current = { ...latest.current, ...change };
    setParams(write(latest.current), { replace: true });
  };
  return [request, ask];
}

import { describe, expect, it } from "vitest";
import type { CitizenFees, CitizenPaymentRequest } from "../../../contracts/citizen-payments.ts";
import { paymentOutcome } from "./payment-outcome.ts";

const request = (transactionRef: string, status: CitizenPaymentRequest["status"]): CitizenPaymentRequest => ({
  id: `00000000-0000-4000-8000-00000000000${transactionRef.length}`,
  amount: 50_000,
  status,
  transactionRef,
  createdAt: "2026-03-02T02:00:00.000Z",
  settledAt: null,
});

const fees = (...requests: CitizenPaymentRequest[]): CitizenFees => ({
  due: 50_000,
  paid: 0,
  balance: 50_000,
  payableOnline: true,
  payBy: null,
  payments: [],
  requests,
});

describe("PAY-1: the outcome shown when the payment platform sends the citizen back", () => {
  it("reads the server's record of that transaction, not of another one", () => {
    const both = fees(request("GD-2", "failed"), request("GD-1", "paid"));
    expect(paymentOutcome(both, "GD-1")).toEqual({ kind: "paid", amount: 50_000 });
    expect(paymentOutcome(both, "GD-2")).toEqual({ kind: "cancelled" });
  });

  it("is pending until a signed callback or status query settles it, and expired once given up", () => {
    expect(paymentOutcome(fees(request("GD-1", "requested")), "GD-1")).toEqual({ kind: "pending" });
    expect(paymentOutcome(fees(request("GD-1", "expired")), "GD-1")).toEqual({ kind: "expired" });
  });

  it("says nothing without a return, or for a reference that is not this dossier's", () => {
    expect(paymentOutcome(fees(request("GD-1", "paid")), null)).toBeNull();
    expect(paymentOutcome(fees(request("GD-1", "paid")), "GD-9")).toBeNull();
  });
});

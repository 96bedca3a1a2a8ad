import { describe, expect, it } from "vitest";
import { redactCredentials } from "./mailer.ts";

const URL_WITH_SECRETS = "smtp://hop-thu:M%E1%BA%ADt%40kh%E1%BA%A9u@smtp.example.vn:587";

describe("credentials never leave the mailer", () => {
  it("removes the user and password as written, decoded and in base64 (AUTH LOGIN / PLAIN)", () => {
    const plain = Buffer.from("\0hop-thu\0Mật@khẩu").toString("base64");
    const login = Buffer.from("Mật@khẩu").toString("base64");
    const text = `535 failed for hop-thu / Mật@khẩu / M%E1%BA%ADt%40kh%E1%BA%A9u / ${plain} / ${login}`;
    expect(redactCredentials(text, URL_WITH_SECRETS)).toBe("535 failed for *** / *** / *** / *** / ***");
  });

  it("removes the URL itself and the user info of any other URL", () => {
    expect(redactCredentials(`cannot reach ${URL_WITH_SECRETS}`, URL_WITH_SECRETS)).toBe("cannot reach ***");
    expect(redactCredentials("via smtps://a:b@relay.vn:465", URL_WITH_SECRETS)).toBe(
      "via smtps://***@relay.vn:465",
    );
  });
});

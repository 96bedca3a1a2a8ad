import { TextInput, type TextInputProps } from "@mantine/core";
import { useState } from "react";
import { parseNumber } from "../../forms/number-text.ts";

/**
 * A number typed the Vietnamese way (`0,5`), kept as typed while it is being typed. What is not a
 * number becomes NaN, which the checks report ("phải là số").
 */
export function DecimalInput({
  value,
  onValue,
  ...props
}: Omit<TextInputProps, "value" | "onChange"> & { value: number; onValue: (value: number) => void }) {
  const shown = (n: number) => (Number.isFinite(n) ? String(n).replace(".", ",") : "");
  const [text, setText] = useState(() => shown(value));
  const [previous, setPrevious] = useState(value);
  if (!Object.is(value, previous)) {
    setPrevious(value);
    const parsed = parseNumber(text);
    if (!(typeof parsed === "number" && parsed === value)) setText(shown(value));
  }
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = parseNumber(next);
        const number = typeof parsed === "number" ? parsed : Number.NaN;
        setPrevious(number);
        onValue(number);
      }}
    />
  );
}

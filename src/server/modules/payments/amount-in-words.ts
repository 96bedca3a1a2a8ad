/**
 * An amount of đồng in Vietnamese words, as a receipt writes it ("Số tiền bằng chữ"):
 * 1_250_000 → "Một triệu hai trăm năm mươi nghìn đồng". Groups of three digits; inside a number,
 * a group is read with its hundreds ("không trăm") and a lone unit after hundreds with "linh".
 */
const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const GROUPS = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"];

function units(tens: number, unit: number): string | null {
  if (unit === 0) return null;
  if (unit === 5 && tens > 0) return "lăm";
  if (unit === 1 && tens > 1) return "mốt";
  return DIGITS[unit] ?? null;
}

function tensWords(tens: number, unit: number, afterHundreds: boolean): string[] {
  if (tens === 0) return unit === 0 ? [] : [...(afterHundreds ? ["linh"] : []), DIGITS[unit] ?? ""];
  const head = tens === 1 ? ["mười"] : [DIGITS[tens] ?? "", "mươi"];
  const tail = units(tens, unit);
  return tail ? [...head, tail] : head;
}

function groupWords(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const unit = group % 10;
  const readHundreds = full || hundreds > 0;
  return [...(readHundreds ? [DIGITS[hundreds] ?? "", "trăm"] : []), ...tensWords(tens, unit, readHundreds)];
}

export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not an amount: ${amount}`);
  if (amount === 0) return "Không đồng";
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] ?? 0;
    if (group === 0) continue;
    const unit = GROUPS[index];
    words.push(...groupWords(group, index < groups.length - 1), ...(unit ? [unit] : []));
  }
  const text = `${words.join(" ")} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

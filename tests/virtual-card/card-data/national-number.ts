/**
 * Belgian national register numbers `YYMMDDsssCC` (belpic-protocol.md §4.2 tag 06): birth
 * date, a sequence number (odd for men, even for women) and a check number
 * `97 − (n mod 97)`, where n is `YYMMDDsss` for people born before 2000 and `2YYMMDDsss` for
 * those born in 2000 or later.
 */
export function nationalNumber(
  birth: { year: number; month: number; day: number },
  sequence: number,
): string {
  const yymmddsss = `${pad(birth.year % 100)}${pad(birth.month)}${pad(birth.day)}${String(sequence).padStart(3, '0')}`;
  const n = BigInt((birth.year >= 2000 ? '2' : '') + yymmddsss);
  return yymmddsss + pad(Number(97n - (n % 97n)));
}

/**
 * Belgian eID card numbers: 10 digits and a 2-digit check `n mod 97` (97 when that is 0),
 * printed `592-0001550-79` (belpic-protocol.md §4.2 tag 01).
 */
export function cardNumber(first10: string): string {
  const check = Number(BigInt(first10) % 97n) || 97;
  return first10 + pad(check);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const BELGIAN_CARD_NUMBER = /^(\d{3})(\d{7})(\d{2})$/;

/**
 * The printed form of a card number (belpic-protocol.md §4.2 tag `01`): Belgian cards' 12
 * digits as `592-0001550-79` (3, 7 and 2 digits); foreigner card numbers (a letter and 9
 * digits, or 9 digits) and anything else are returned unchanged.
 */
export function formatCardNumber(cardNumber: string): string {
  const match = BELGIAN_CARD_NUMBER.exec(cardNumber);
  return match === null ? cardNumber : `${match[1]}-${match[2]}-${match[3]}`;
}

/** `bytes` without its trailing `00` bytes (a view); interior zeros are kept. */
export function stripTrailingZeros(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

/**
 * The data the address signature `4034` covers (belpic-protocol.md §5.1):
 *
 * ```
 * strip_trailing_zero_bytes(4033) ‖ content of 4032 exactly as read
 * ```
 *
 * Trailing zeros are stripped (not "cut at the first 00", which commons-eid does), and the
 * identity signature file is appended whole, including its own zero padding on EC cards: the
 * DER part alone does not verify (§5.1, checked on the EC specimen).
 */
export function addressSignedData(addressFile: Uint8Array, identitySignatureFile: Uint8Array): Uint8Array {
  const address = stripTrailingZeros(addressFile);
  const data = new Uint8Array(address.length + identitySignatureFile.length);
  data.set(address);
  data.set(identitySignatureFile, address.length);
  return data;
}

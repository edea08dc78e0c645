/**
 * ISO 7816-4 instructions whose success grants a PIN access right on the card: VERIFY (`20`,
 * and `21` with BER-TLV data) and CHANGE REFERENCE DATA (`24`/`25`; "on success the PIN
 * access right is granted", belpic-protocol.md §6.2).
 */
const PIN_INSTRUCTIONS: ReadonlySet<number> = new Set([0x20, 0x21, 0x24, 0x25]);

/**
 * Whether `command` presents a PIN: an interindustry class (b8 = 0, which covers BELPIC's `00`
 * and its secure-messaging / logical-channel variants), a PIN instruction and a data field
 * (more than the 5 bytes of `CLA INS P1 P2 Le`). An empty VERIFY (`00 20 00 01`) asks for the
 * PIN status and grants nothing (belpic-protocol.md §6.1).
 */
export function presentsPin(command: Uint8Array): boolean {
  const cla = command[0];
  const ins = command[1];
  return command.length > 5 && cla !== undefined && (cla & 0x80) === 0 && PIN_INSTRUCTIONS.has(ins ?? -1);
}

/**
 * Whether, after a PIN was presented, the card may now hold a PIN right: yes on `90 00`, and
 * yes when the outcome is unknown (no response: failure, timeout). `63 Cx`, `69 83` and other
 * SWs are definite refusals (and a failed VERIFY clears every right, RM18 §5.1).
 */
export function mayHoldPinRight(response: Uint8Array | undefined): boolean {
  if (response === undefined || response.length < 2) return true;
  return response[response.length - 2] === 0x90 && response[response.length - 1] === 0x00;
}
